/**
 * What the privacy mechanisms need from the outside world: the key vault holding the key-encryption key, the
 * store of wrapped data keys, the data keys' lifecycle (crypto-shredding), and the encrypted file store.
 */
package com.coachkeep.privacy.application.port.out;
