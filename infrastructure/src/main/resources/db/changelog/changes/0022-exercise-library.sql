--liquibase formatted sql

--changeset coachkeep:0022-pg-trgm
-- Trigram matching for the exercise library's text search, and btree_gin so that one GIN index holds the workspace and
-- the name's trigrams (a search then reads only its own workspace's matches). Both ship with PostgreSQL and are
-- trusted extensions, so the schema owner may create them.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

--changeset coachkeep:0022-exercise-library
-- A workspace's own exercises, beside the global catalogue (exercise_catalogue, platform data). Never deleted while
-- the workspace lives: archived ones stay readable, and a merged one keeps its row and names its survivor
-- (merged_into), so programs and logs that hold its id still resolve. Ids of global and workspace exercises never
-- collide (the catalogue's are md5-derived, these random), so references need not say which kind they name.
create table exercise (
    workspace_id      uuid          not null references workspace (id) deferrable initially deferred,
    id                uuid          not null,
    name              varchar(200)  not null,
    sort_name         varchar(200)  not null,
    instructions      varchar(4000),
    video_url         varchar(500),
    tags              text[]        not null default '{}',
    primary_muscles   text[]        not null,
    secondary_muscles text[]        not null default '{}',
    equipment         varchar(40)   not null,
    pattern           varchar(40)   not null,
    mechanics         varchar(20)   not null check (mechanics in ('COMPOUND', 'ISOLATION')),
    variation_group   varchar(100),
    status            varchar(16)   not null check (status in ('ACTIVE', 'ARCHIVED', 'MERGED')),
    merged_into       uuid,
    created_by        uuid,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    primary key (workspace_id, id),
    check ((status = 'MERGED') = (merged_into is not null))
);
-- browsing by name (keyset pages), searching by trigram, filtering by muscle and by variation group
create index exercise_browse_idx on exercise (workspace_id, sort_name, id) where status = 'ACTIVE';
create index exercise_name_trgm_idx on exercise using gin (workspace_id, sort_name gin_trgm_ops);
create index exercise_muscles_idx on exercise using gin (workspace_id, primary_muscles, secondary_muscles);
create index exercise_variation_idx on exercise (workspace_id, variation_group) where status = 'ACTIVE';
create index exercise_merged_into_idx on exercise (workspace_id, merged_into) where status = 'MERGED';

-- The workspace's other names for an exercise, global or its own (no foreign key: a global exercise is not a row of
-- this schema's tenant tables). sort_alias is the lower-case form search compares.
create table exercise_alias (
    workspace_id uuid         not null references workspace (id) deferrable initially deferred,
    exercise_id  uuid         not null,
    alias        varchar(200) not null,
    sort_alias   varchar(200) not null,
    created_at   timestamptz  not null,
    primary key (workspace_id, exercise_id, sort_alias)
);
create index exercise_alias_trgm_idx on exercise_alias using gin (workspace_id, sort_alias gin_trgm_ops);

-- Global exercises a workspace does not want offered (search and substitutes leave them out).
create table exercise_hidden (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    exercise_id  uuid        not null,
    hidden_by    uuid,
    hidden_at    timestamptz not null,
    primary key (workspace_id, exercise_id)
);

-- The library's settings; a workspace without a row has the defaults (AI-drafted descriptions off, P-AI-1).
create table exercise_library_settings (
    workspace_id    uuid        not null primary key references workspace (id) deferrable initially deferred,
    ai_descriptions boolean     not null default false,
    updated_by      uuid,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);
