--liquibase formatted sql

--changeset coachkeep:0028-nutrition-and-habits
-- Nutrition and habits (docs/nutrition.md). Every table is a client's data: erased with the client and exported to
-- them. Free text about the client (meal names and notes, a day's note, a habit's title and description) is stored
-- only encrypted under the client's key (*_ct). People (who set, logged or checked off) are plain ids without a
-- foreign key: a person who deletes their account leaves the client's history intact.

-- A client's settings: the coach's adherence tolerance and the client's own time zone (null: the workspace's).
create table nutrition_settings (
    workspace_id               uuid        not null references workspace (id) deferrable initially deferred,
    client_id                  uuid        not null,
    time_zone                  varchar(64),
    calories_tolerance_pct     smallint    not null default 10 check (calories_tolerance_pct between 0 and 100),
    protein_minimum_pct        smallint    not null default 90 check (protein_minimum_pct between 0 and 100),
    carbohydrate_tolerance_pct smallint    not null default 15 check (carbohydrate_tolerance_pct between 0 and 100),
    fat_tolerance_pct          smallint    not null default 15 check (fat_tolerance_pct between 0 and 100),
    updated_at                 timestamptz not null,
    version                    bigint      not null default 0,
    primary key (workspace_id, client_id),
    constraint nutrition_settings_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);

-- Targets are never edited: a new row applies from its date; one per client, day type and date.
create table nutrition_target (
    workspace_id   uuid        not null references workspace (id) deferrable initially deferred,
    id             uuid        not null,
    client_id      uuid        not null,
    day_type       varchar(16) not null check (day_type in ('TRAINING', 'REST')),
    effective_from date        not null,
    calories       integer     not null check (calories between 0 and 10000),
    protein_g      integer     not null check (protein_g between 0 and 1500),
    carbohydrate_g integer     not null check (carbohydrate_g between 0 and 1500),
    fat_g          integer     not null check (fat_g between 0 and 1500),
    fibre_g        integer     check (fibre_g between 0 and 300),
    water_ml       integer     check (water_ml between 0 and 10000),
    set_by         uuid,
    created_at     timestamptz not null,
    primary key (workspace_id, id),
    constraint nutrition_target_day_uq unique (workspace_id, client_id, day_type, effective_from),
    constraint nutrition_target_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);

-- One log per client and local day; the id is chosen by the client's app (PUT), so a resend never duplicates.
create table nutrition_log (
    workspace_id   uuid         not null references workspace (id) deferrable initially deferred,
    id             uuid         not null,
    client_id      uuid         not null,
    day            date         not null,
    day_type       varchar(16)  not null check (day_type in ('TRAINING', 'REST')),
    entry          varchar(8)   not null check (entry in ('TOTALS', 'MEALS')),
    calories       numeric(7,1) not null check (calories >= 0),
    protein_g      numeric(7,1) not null check (protein_g >= 0),
    carbohydrate_g numeric(7,1) not null check (carbohydrate_g >= 0),
    fat_g          numeric(7,1) not null check (fat_g >= 0),
    fibre_g        numeric(7,1) check (fibre_g >= 0),
    water_ml       integer      check (water_ml between 0 and 15000),
    note_ct        bytea,
    logged_by      uuid,
    on_behalf      boolean      not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    primary key (workspace_id, id),
    constraint nutrition_log_day_uq unique (workspace_id, client_id, day) include (day_type, calories, protein_g, carbohydrate_g, fat_g),
    constraint nutrition_log_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);

-- A log's meals, macronutrients as logged; the name and note encrypted.
create table nutrition_meal (
    workspace_id   uuid         not null references workspace (id) deferrable initially deferred,
    id             uuid         not null,
    log_id         uuid         not null,
    client_id      uuid         not null,
    position       smallint     not null,
    eaten_at       time,
    calories       numeric(7,1) not null check (calories >= 0),
    protein_g      numeric(7,1) not null check (protein_g >= 0),
    carbohydrate_g numeric(7,1) not null check (carbohydrate_g >= 0),
    fat_g          numeric(7,1) not null check (fat_g >= 0),
    fibre_g        numeric(7,1) check (fibre_g >= 0),
    name_ct        bytea        not null,
    note_ct        bytea,
    primary key (workspace_id, id),
    constraint nutrition_meal_log_fk foreign key (workspace_id, log_id) references nutrition_log (workspace_id, id) deferrable initially deferred
);
create index nutrition_meal_log_idx on nutrition_meal (workspace_id, log_id, position);
create index nutrition_meal_client_idx on nutrition_meal (workspace_id, client_id);

-- A habit assigned to one client; its id is chosen by the caller (PUT).
create table habit (
    workspace_id    uuid        not null references workspace (id) deferrable initially deferred,
    id              uuid        not null,
    client_id       uuid        not null,
    title_ct        bytea       not null,
    description_ct  bytea,
    schedule_kind   varchar(16) not null check (schedule_kind in ('DAILY', 'TIMES_PER_WEEK', 'WEEKDAYS')),
    times_per_week  smallint    check (times_per_week between 1 and 7),
    weekdays        varchar(80),
    starts_on       date        not null,
    archived_on     date,
    created_by      uuid,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    primary key (workspace_id, id),
    constraint habit_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
create index habit_client_idx on habit (workspace_id, client_id, created_at, id);

-- A day checked off, in the client's calendar; one row per habit and day.
create table habit_check_off (
    workspace_id uuid        not null references workspace (id) deferrable initially deferred,
    habit_id     uuid        not null,
    day          date        not null,
    client_id    uuid        not null,
    checked_by   uuid,
    checked_at   timestamptz not null,
    primary key (workspace_id, habit_id, day),
    constraint habit_check_off_habit_fk foreign key (workspace_id, habit_id) references habit (workspace_id, id) deferrable initially deferred
);
create index habit_check_off_client_day_idx on habit_check_off (workspace_id, client_id, day) include (habit_id);
