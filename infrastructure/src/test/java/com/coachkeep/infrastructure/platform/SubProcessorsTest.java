package com.coachkeep.infrastructure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.infrastructure.crypto.CryptoSettings;
import com.coachkeep.infrastructure.email.MailSettings;
import com.coachkeep.infrastructure.storage.FileStoreSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each outgoing adapter names the third party it sends to, and one that is not listed is reported (P-OWN-1). */
@Tag("promise:P-OWN-1")
class SubProcessorsTest {
    static final List<String> LISTED = List.of("Resend", "Twilio SendGrid", "Amazon S3", "AWS Key Management Service",
            "Google Cloud Key Management Service", "OpenAI", "Stripe");

    static MailSettings mail(String transport, String smtpHost) {
        MailSettings.Http http = new MailSettings.Http("https://api.example", "key", Duration.ofSeconds(1));
        return new MailSettings(transport, "Coachkeep <no-reply@example.org>", "example.org", Path.of("mail"), "https://api.example",
                "https://app.example", new MailSettings.Smtp(smtpHost, 587, null, null, "required", false, Duration.ofSeconds(1), 1),
                http, http);
    }

    static FileStoreSettings local() {
        return new FileStoreSettings(FileStoreSettings.LOCAL, Path.of("files"), null);
    }

    static FileStoreSettings s3(String endpoint) {
        return new FileStoreSettings(FileStoreSettings.S3_KIND, Path.of("files"), new FileStoreSettings.S3("bucket",
                Optional.ofNullable(endpoint).map(URI::create), "eu-central-1", "", endpoint != null, Optional.empty(),
                Optional.empty(), Path.of("scratch")));
    }

    static CryptoSettings kek(String uri) {
        return new CryptoSettings(uri, Path.of("data"), Duration.ofMinutes(2), 10, Path.of("files"));
    }

    static List<String> subProcessors(List<SubProcessors.Use> uses) {
        return uses.stream().map(SubProcessors.Use::subProcessor).toList();
    }

    @Test
    void aDevelopmentConfigurationSendsNothingToAThirdParty() {
        var uses = SubProcessors.configured(mail("file", "localhost"), Optional.empty(), local(), Optional.empty(), kek(null));
        assertEquals(List.of(), uses);
        var relayHere = SubProcessors.configured(mail("smtp", "127.0.0.1"), Optional.empty(), local(), Optional.empty(),
                kek("file:/etc/coachkeep/kek.json"));
        assertEquals(List.of(), relayHere, "a relay on this machine is no third party");
    }

    @Test
    void everyAdapterThatSendsOffTheMachineNamesItsSubProcessorAndEachIsOnTheSeededList() {
        assertEquals(List.of("Resend", "Amazon S3", "AWS Key Management Service"), subProcessors(SubProcessors.configured(
                mail("resend", "localhost"), Optional.empty(), s3(null), Optional.empty(), kek("aws-kms://arn:aws:kms:eu-central-1:1:key/k"))));
        assertEquals(List.of("Twilio SendGrid", "Amazon S3", "Google Cloud Key Management Service"), subProcessors(SubProcessors.configured(
                mail("sendgrid", "localhost"), Optional.empty(), s3("https://s3.eu-central-1.amazonaws.com"), Optional.empty(),
                kek("gcp-kms://projects/p/locations/europe/keyRings/r/cryptoKeys/k"))));
        assertEquals(List.of("Mailgun"), subProcessors(SubProcessors.configured(mail("smtp", "smtp.eu.mailgun.org"),
                Optional.of("Mailgun"), local(), Optional.empty(), kek(null))));
        for (String declared : SubProcessors.DECLARED_BY_ADAPTERS) {
            assertTrue(LISTED.contains(declared), declared + " is declared by an adapter but not on the seeded list");
        }
    }

    @Test
    void aConfiguredAdapterWhoseSubProcessorIsNotListedIsReported() {
        var uses = SubProcessors.configured(mail("smtp", "smtp.eu.mailgun.org"), Optional.of("Mailgun"), s3("https://minio.example.net"),
                Optional.empty(), kek("aws-kms://arn:aws:kms:eu-central-1:1:key/k"));
        List<String> reasons = SubProcessors.notListed(uses, LISTED);
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("Mailgun") && reasons.get(0).contains("not on the public sub-processor list"), reasons.get(0));
        assertTrue(reasons.get(1).contains(SubProcessors.S3_NAME), "an S3-compatible service must be named: " + reasons.get(1));

        var unnamedRelay = SubProcessors.configured(mail("smtp", "mail.example.net"), Optional.empty(), local(), Optional.empty(), kek(null));
        assertTrue(SubProcessors.notListed(unnamedRelay, LISTED).get(0).contains(SubProcessors.SMTP_NAME));
        assertEquals(List.of(), SubProcessors.notListed(SubProcessors.configured(mail("resend", "localhost"), Optional.empty(),
                s3("https://minio.example.net"), Optional.of(" amazon s3 "), kek(null)), LISTED), "names compare loosely");
    }

    @Test
    void theLanguageModelProviderIsListedOnlyWhenConfiguredAndMustBeNamedOffOpenAi() {
        var none = new com.coachkeep.infrastructure.ai.AiSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                java.time.Duration.ofSeconds(1));
        assertEquals(List.of(), SubProcessors.configured(mail("file", "localhost"), Optional.empty(), local(), Optional.empty(), kek(null), none));
        var openAi = new com.coachkeep.infrastructure.ai.AiSettings(Optional.of(java.net.URI.create("https://api.openai.com/v1")),
                Optional.of("gpt-4o-mini"), Optional.of("sk"), Optional.empty(), java.time.Duration.ofSeconds(1));
        var uses = SubProcessors.configured(mail("file", "localhost"), Optional.empty(), local(), Optional.empty(), kek(null), openAi);
        assertEquals(List.of("OpenAI"), subProcessors(uses));
        assertEquals(List.of(), SubProcessors.notListed(uses, LISTED));
        var elsewhere = new com.coachkeep.infrastructure.ai.AiSettings(Optional.of(java.net.URI.create("https://llm.example.net/v1")),
                Optional.of("m"), Optional.of("k"), Optional.empty(), java.time.Duration.ofSeconds(1));
        List<String> reasons = SubProcessors.notListed(SubProcessors.configured(mail("file", "localhost"), Optional.empty(), local(),
                Optional.empty(), kek(null), elsewhere), LISTED);
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains(com.coachkeep.infrastructure.ai.AiSettings.SUB_PROCESSOR_NAME), reasons.get(0));
    }
}
