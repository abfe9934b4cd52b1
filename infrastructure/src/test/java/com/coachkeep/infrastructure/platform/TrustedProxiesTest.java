package com.coachkeep.infrastructure.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which requests count as HTTPS behind a TLS-terminating proxy (P-ENC-1); the live check is HttpsIT. */
@Tag("promise:P-ENC-1")
class TrustedProxiesTest {
    @Test
    void forwardedProtoCountsOnlyFromAConfiguredProxy() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7 ,fd00::/8");
        assertTrue(proxies.overHttps(false, "10.1.2.3", "https"));
        assertTrue(proxies.overHttps(false, "192.168.1.7", "HTTPS, http"), "the first value is the client's");
        assertTrue(proxies.overHttps(false, "fd00::1", "https"));
        assertFalse(proxies.overHttps(false, "192.168.1.8", "https"), "another peer's header is ignored");
        assertFalse(proxies.overHttps(false, "11.0.0.1", "https"));
        assertFalse(proxies.overHttps(false, "10.1.2.3", "http"));
        assertFalse(proxies.overHttps(false, "10.1.2.3", null));
        assertTrue(proxies.overHttps(true, "8.8.8.8", null), "TLS to the server itself is HTTPS whoever the peer is");
    }

    @Test
    void noProxyIsTrustedByDefaultAndAHostNameOrBadBlockIsRefused() {
        assertFalse(TrustedProxies.parse("").overHttps(false, "127.0.0.1", "https"));
        assertFalse(TrustedProxies.none().trusts("127.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("300.1.1.1"));
    }
}
