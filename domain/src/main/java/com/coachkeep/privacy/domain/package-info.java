/**
 * Data rights and keys: whose personal data a stored value belongs to ({@link DataSubject}), the wrapped data
 * keys that protect it, and what erasure means. A subject whose key is destroyed has its encrypted data erased
 * everywhere at once, backups included (crypto-shredding).
 */
package com.coachkeep.privacy.domain;
