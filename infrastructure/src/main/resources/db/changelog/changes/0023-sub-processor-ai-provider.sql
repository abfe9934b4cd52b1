--liquibase formatted sql

--changeset coachkeep:0023-sub-processor-ai-provider
-- The optional language-model provider of AI-drafted exercise descriptions (P-AI-1): OpenAI when the deployment
-- points coachkeep.ai.base-url at api.openai.com; another OpenAI-compatible service is listed under the name the
-- operator gives in coachkeep.ai.sub-processor before it is used. It receives an exercise's name, equipment and
-- muscles, nothing about clients.
insert into sub_processor (id, service, purpose, region, data_categories, since, updated_at) values
    ('5b0c7d2e-6f0a-4e59-9d1e-0a6f4c1b2d21', 'OpenAI',
     'Optional, used only when configured (coachkeep.ai.base-url) and turned on by a workspace''s owner: drafting exercise descriptions',
     'United States', 'Exercise names, equipment and muscles; no personal data', date '2026-12-07', timestamptz '2026-12-07 00:00:00+00');
