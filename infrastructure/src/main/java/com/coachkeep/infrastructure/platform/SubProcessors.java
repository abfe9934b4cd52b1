package com.coachkeep.infrastructure.platform;

import com.coachkeep.infrastructure.ai.AiSettings;
import com.coachkeep.infrastructure.crypto.CryptoSettings;
import com.coachkeep.infrastructure.crypto.TinkKeyVault;
import com.coachkeep.infrastructure.email.MailSettings;
import com.coachkeep.infrastructure.email.ResendMailTransport;
import com.coachkeep.infrastructure.email.SendGridMailTransport;
import com.coachkeep.infrastructure.email.SmtpMailTransport;
import com.coachkeep.infrastructure.storage.FileStoreSettings;
import com.coachkeep.infrastructure.storage.S3FileStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which third parties this configuration sends personal data to (P-OWN-1): each outgoing adapter declares its
 * sub-processor (a constant, or a rule over its settings), and this class asks the adapters the configuration chose.
 * A sub-processor that is not on the public list is a reason to refuse to start in production.
 */
public final class SubProcessors {
    /** What an adapter reports when it sends to a third party the operator has not named. */
    public static final String UNDECLARED = "(an unnamed third party)";

    /** {@code coachkeep.mail.smtp.sub-processor}: the service behind an SMTP relay that is not on this machine. */
    public static final String SMTP_NAME = "coachkeep.mail.smtp.sub-processor";
    /** {@code coachkeep.files.s3.sub-processor}: the service behind an S3-compatible endpoint other than Amazon S3. */
    public static final String S3_NAME = "coachkeep.files.s3.sub-processor";

    /** How the language-model adapter is named in reports. */
    static final String AI_ADAPTER = "exercise descriptions through a language-model API";

    /** One configured adapter and the sub-processor it sends to. */
    public record Use(String adapter, String subProcessor) {
    }

    /** The sub-processors every adapter with a fixed one declares, each used only when configured. */
    public static final List<String> DECLARED_BY_ADAPTERS = List.of(ResendMailTransport.SUB_PROCESSOR,
            SendGridMailTransport.SUB_PROCESSOR, S3FileStore.AMAZON_S3, TinkKeyVault.GOOGLE_CLOUD_KMS, TinkKeyVault.AWS_KMS,
            AiSettings.OPENAI, com.coachkeep.infrastructure.stripe.StripeSettings.STRIPE);

    private SubProcessors() {
    }

    /** The adapters this configuration uses that send data off this machine, with their sub-processors. */
    public static List<Use> configured(MailSettings mail, Optional<String> smtpName, FileStoreSettings files,
            Optional<String> s3Name, CryptoSettings crypto) {
        List<Use> uses = new ArrayList<>();
        switch (mail.transport()) {
            case "smtp" -> SmtpMailTransport.subProcessor(mail.smtp(), smtpName)
                    .ifPresent(s -> uses.add(new Use("email over SMTP (" + mail.smtp().host() + ")", s)));
            case "resend" -> uses.add(new Use("email through the Resend API", ResendMailTransport.SUB_PROCESSOR));
            case "sendgrid" -> uses.add(new Use("email through the SendGrid API", SendGridMailTransport.SUB_PROCESSOR));
            default -> {
                // the file transport writes to a local folder
            }
        }
        if (FileStoreSettings.S3_KIND.equals(files.kind())) {
            uses.add(new Use("file store on S3 (bucket " + files.s3().bucket() + ")", S3FileStore.subProcessor(files.s3(), s3Name)));
        }
        TinkKeyVault.subProcessor(crypto.kekUri()).ifPresent(s -> uses.add(new Use("key-encryption key (" + crypto.kekUri() + ")", s)));
        return uses;
    }

    /** As {@link #configured(MailSettings, Optional, FileStoreSettings, Optional, CryptoSettings)}, and the language-model provider. */
    public static List<Use> configured(MailSettings mail, Optional<String> smtpName, FileStoreSettings files,
            Optional<String> s3Name, CryptoSettings crypto, AiSettings ai) {
        List<Use> uses = new ArrayList<>(configured(mail, smtpName, files, s3Name, crypto));
        ai.subProcessorName().ifPresent(s -> uses.add(new Use(AI_ADAPTER + " (" + ai.baseUrl().orElseThrow() + ")", s)));
        return uses;
    }

    /** As above, and the payment provider (Stripe) when billing is configured. */
    public static List<Use> configured(MailSettings mail, Optional<String> smtpName, FileStoreSettings files,
            Optional<String> s3Name, CryptoSettings crypto, AiSettings ai, com.coachkeep.infrastructure.stripe.StripeSettings stripe) {
        List<Use> uses = new ArrayList<>(configured(mail, smtpName, files, s3Name, crypto, ai));
        stripe.subProcessorName().ifPresent(s -> uses.add(new Use("payments through the Stripe API (" + stripe.apiBase() + ")", s)));
        return uses;
    }

    /**
     * The uses whose sub-processor is not among the listed services, each a sentence naming the setting to change.
     * Names compare without regard to case or surrounding blanks.
     */
    public static List<String> notListed(List<Use> uses, Collection<String> listedServices) {
        Set<String> listed = listedServices.stream().map(SubProcessors::normalized).collect(Collectors.toSet());
        List<String> reasons = new ArrayList<>();
        for (Use use : uses) {
            if (use.subProcessor().equals(UNDECLARED)) {
                reasons.add("The " + use.adapter() + " sends personal data to a third party that is not named: set "
                        + (use.adapter().startsWith("email") ? SMTP_NAME : use.adapter().startsWith(AI_ADAPTER) ? AiSettings.SUB_PROCESSOR_NAME : S3_NAME)
                        + " to the service as the public sub-processor list names it.");
            } else if (!listed.contains(normalized(use.subProcessor()))) {
                reasons.add("The " + use.adapter() + " sends personal data to " + use.subProcessor()
                        + ", which is not on the public sub-processor list: add it in the console first (it is announced to coaches).");
            }
        }
        return reasons;
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
