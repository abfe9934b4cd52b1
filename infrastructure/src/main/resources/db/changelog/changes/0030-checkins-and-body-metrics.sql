--liquibase formatted sql

--changeset coachkeep:0030-checkins-and-body-metrics
-- Check-ins and body metrics (docs/checkins.md). Forms, their versions, measurement types and the response-time target
-- are the workspace's; schedules, check-ins and metrics are a client's: erased with the client and exported to them.
-- A check-in's answers and the coach's feedback are stored only encrypted under the client's key (*_ct). People are
-- plain ids without a foreign key: a person who deletes their account leaves the client's history intact.

-- One row per version of a form; a version is never changed. Questions as JSON (key, type, text, unit, options, poses).
create table checkin_form (
    workspace_id uuid         not null references workspace (id) deferrable initially deferred,
    id           uuid         not null,
    version      integer      not null check (version >= 1),
    name         varchar(120) not null,
    questions    text         not null,
    created_by   uuid,
    created_at   timestamptz  not null,
    primary key (workspace_id, id, version)
);

-- The workspace's settings of check-ins.
create table checkin_settings (
    workspace_id          uuid        not null references workspace (id) deferrable initially deferred,
    response_target_hours smallint    not null check (response_target_hours between 1 and 168),
    updated_at            timestamptz not null,
    primary key (workspace_id)
);

-- A workspace's own measurement types (the built-in ones are not stored). Values are kept in the type's unit.
create table metric_type (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    key          varchar(40) not null,
    name         varchar(60) not null,
    dimension    varchar(8)  not null check (dimension in ('MASS', 'LENGTH', 'PERCENT', 'NUMBER')),
    unit         varchar(20) not null,
    created_at   timestamptz not null,
    primary key (workspace_id, key)
);

-- When a client is asked to fill in a form: days of the client's calendar in the schedule's time zone.
create table checkin_schedule (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    id           uuid        not null,
    client_id    uuid        not null,
    form_id      uuid        not null,
    kind         varchar(16) not null check (kind in ('WEEKLY', 'EVERY_N_WEEKS', 'MONTHLY', 'ONCE')),
    every_weeks  smallint    check (every_weeks between 1 and 12),
    weekday      varchar(10),
    day_of_month smallint    check (day_of_month between 1 and 31),
    on_day       date,
    time_zone    varchar(64) not null,
    starts_on    date        not null,
    ends_on      date,
    grace_days   smallint    not null check (grace_days between 0 and 6),
    created_by   uuid,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    primary key (workspace_id, id),
    constraint checkin_schedule_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
create index checkin_schedule_client_idx on checkin_schedule (workspace_id, client_id, created_at);

-- A submitted check-in: one form version's answers (encrypted), for a schedule's occurrence or on its own. The schedule
-- is a plain id: a schedule that ends leaves its check-ins.
create table checkin (
    workspace_id  uuid        not null references workspace (id) deferrable initially deferred,
    id            uuid        not null,
    client_id     uuid        not null,
    form_id       uuid        not null,
    form_version  integer     not null,
    schedule_id   uuid,
    occurrence_on date,
    answers_ct    bytea       not null,
    submitted_by  uuid,
    on_behalf     boolean     not null,
    submitted_at  timestamptz not null,
    updated_at    timestamptz not null,
    reviewed_by   uuid,
    reviewed_at   timestamptz,
    feedback_ct   bytea,
    version       bigint      not null default 0,
    primary key (workspace_id, id),
    constraint checkin_occurrence_uq unique (workspace_id, schedule_id, occurrence_on),
    constraint checkin_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred,
    constraint checkin_form_fk foreign key (workspace_id, form_id, form_version) references checkin_form (workspace_id, id, version)
        deferrable initially deferred
);
create index checkin_client_idx on checkin (workspace_id, client_id, submitted_at desc);
create index checkin_awaiting_idx on checkin (workspace_id, submitted_at) where reviewed_at is null;

-- One measured value: canonical (kg, cm, %, or a custom type's unit), as entered, and where it came from.
create table body_metric (
    workspace_id  uuid          not null references workspace (id) deferrable initially deferred,
    id            uuid          not null,
    client_id     uuid          not null,
    type_key      varchar(40)   not null,
    measured_on   date          not null,
    value         numeric(16,4) not null,
    entered_value numeric(16,4) not null,
    entered_unit  varchar(20)   not null,
    source        varchar(8)    not null check (source in ('CHECKIN', 'LOGGED', 'IMPORTED')),
    checkin_id    uuid,
    recorded_by   uuid,
    recorded_at   timestamptz   not null,
    primary key (workspace_id, id),
    constraint body_metric_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred,
    constraint body_metric_checkin_fk foreign key (workspace_id, checkin_id) references checkin (workspace_id, id) deferrable initially deferred
);
create index body_metric_series_idx on body_metric (workspace_id, client_id, type_key, measured_on);
create index body_metric_checkin_idx on body_metric (workspace_id, checkin_id) where checkin_id is not null;
--rollback drop table body_metric; drop table checkin; drop table checkin_schedule; drop table metric_type; drop table checkin_settings; drop table checkin_form;
