/**
 * What the privacy mechanisms need from the outside world: the key vault holding the key-encryption key, the
 * store of wrapped data keys, the data keys' lifecycle (crypto-shredding), the encrypted file store, and the
 * data-rights contract every feature implements (erasure and export of its personal data), and the exports
 * themselves: their rows, their archives and the worker that runs them.
 */
package com.coachkeep.privacy.application.port.out;
