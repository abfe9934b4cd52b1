--liquibase formatted sql

--changeset coachkeep:0019-sub-processor-list-names-real-services
-- The first seed named placeholders ("Cloud hosting provider", "Email delivery provider") and Stripe, which the code
-- does not call yet (P-OWN-1: nothing is listed before the code uses it). They are retired, kept for the record. The
-- list now names the services the outgoing adapters can send data to; each is optional and used only when the
-- deployment configures its adapter (coachkeep.mail.transport, coachkeep.files.store, coachkeep.kek.uri). A deployment
-- that configures none of them sends personal data to no third party. Stripe joins the list when billing calls it.
-- Each adapter's declared name must match a current entry here; SubProcessorCheck compares them at start-up.
update sub_processor set retired_at = timestamptz '2026-12-07 00:00:00+00', updated_at = timestamptz '2026-12-07 00:00:00+00'
 where id in ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d01', '5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d02', '5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d03')
   and retired_at is null;
insert into sub_processor (id, service, purpose, region, data_categories, since, updated_at) values
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d11', 'Resend',
     'Optional, used only when configured (coachkeep.mail.transport=resend): sending transactional email',
     'United States', 'Names, email addresses, email content', date '2026-12-07', timestamptz '2026-12-07 00:00:00+00'),
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d12', 'Twilio SendGrid',
     'Optional, used only when configured (coachkeep.mail.transport=sendgrid): sending transactional email',
     'United States', 'Names, email addresses, email content', date '2026-12-07', timestamptz '2026-12-07 00:00:00+00'),
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d13', 'Amazon S3',
     'Optional, used only when configured (coachkeep.files.store=s3): storing files, encrypted before upload',
     'The AWS region the deployment configures', 'Files (photos, attachments), only as ciphertext', date '2026-12-07',
     timestamptz '2026-12-07 00:00:00+00'),
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d14', 'AWS Key Management Service',
     'Optional, used only when configured (coachkeep.kek.uri=aws-kms://…): holding the key-encryption key',
     'The AWS region of the configured key', 'Data keys, to wrap and unwrap them; no customer content', date '2026-12-07',
     timestamptz '2026-12-07 00:00:00+00'),
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d15', 'Google Cloud Key Management Service',
     'Optional, used only when configured (coachkeep.kek.uri=gcp-kms://…): holding the key-encryption key',
     'The location of the configured key', 'Data keys, to wrap and unwrap them; no customer content', date '2026-12-07',
     timestamptz '2026-12-07 00:00:00+00');
