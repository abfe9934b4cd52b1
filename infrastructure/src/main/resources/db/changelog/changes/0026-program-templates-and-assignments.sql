--liquibase formatted sql

--changeset coachkeep:0026-program-templates-and-assignments
--comment: Program templates of a workspace's library with their immutable versions (the plan as a jsonb document the domain validated), and clients' programs: a copy of one template version laid on the calendar from a start date, adjusted per client. Every key includes workspace_id; row-level security follows from 9999-force-row-level-security.
create table program_template (
    workspace_id    uuid          not null references workspace (id) deferrable initially deferred,
    id              uuid          not null,
    name            varchar(200)  not null,
    description     varchar(2000),
    status          varchar(20)   not null check (status in ('ACTIVE', 'ARCHIVED')),
    current_version integer       not null check (current_version >= 1),
    created_by      uuid,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    primary key (workspace_id, id)
);
create index program_template_library_idx on program_template (workspace_id, status, lower(name), id);

create table program_template_version (
    workspace_id uuid        not null,
    template_id  uuid        not null,
    version      integer     not null check (version >= 1),
    plan         jsonb       not null,
    created_at   timestamptz not null,
    primary key (workspace_id, template_id, version),
    constraint program_template_version_template_fk foreign key (workspace_id, template_id)
        references program_template (workspace_id, id) deferrable initially deferred
);

create table assigned_program (
    workspace_id     uuid         not null,
    id               uuid         not null,
    client_id        uuid         not null,
    template_id      uuid         not null,
    template_version integer      not null,
    name             varchar(200) not null,
    start_date       date         not null,
    plan             jsonb        not null,
    assigned_by      uuid,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    primary key (workspace_id, id),
    constraint assigned_program_client_fk foreign key (workspace_id, client_id)
        references client (workspace_id, id) deferrable initially deferred,
    constraint assigned_program_template_version_fk foreign key (workspace_id, template_id, template_version)
        references program_template_version (workspace_id, template_id, version) deferrable initially deferred
);
create index assigned_program_client_idx on assigned_program (workspace_id, client_id, start_date desc);
create index assigned_program_template_idx on assigned_program (workspace_id, template_id);
--rollback drop table assigned_program; drop table program_template_version; drop table program_template;
