--liquibase formatted sql

--changeset coachkeep:0033-progress-photos
-- Progress photos (docs/photos.md). A row describes a photo; its pixels are only in the file store, re-encoded without
-- metadata and encrypted under the client's file key: the full-resolution copy under the photo's id, the thumbnail
-- under thumbnail_file_id. The row holds no free text and no image bytes. Erased with the client (files first) and
-- exported to them with the files. uploaded_by is a plain id without a foreign key: a person who deletes their
-- account leaves the client's photos to the client.
create table progress_photo (
    workspace_id         uuid        not null references workspace (id) deferrable initially deferred,
    id                   uuid        not null,
    client_id            uuid        not null,
    pose                 varchar(16) not null check (pose in ('FRONT', 'SIDE', 'BACK', 'CUSTOM')),
    taken_on             date        not null,
    media_type           varchar(32) not null check (media_type in ('image/jpeg', 'image/png')),
    width                integer     not null check (width > 0),
    height               integer     not null check (height > 0),
    size_bytes           bigint      not null check (size_bytes > 0),
    thumbnail_file_id    uuid        not null,
    thumbnail_media_type varchar(32) not null check (thumbnail_media_type in ('image/jpeg', 'image/png')),
    thumbnail_width      integer     not null check (thumbnail_width > 0),
    thumbnail_height     integer     not null check (thumbnail_height > 0),
    hidden_from_staff    boolean     not null default false,
    uploaded_by          uuid        not null,
    uploaded_at          timestamptz not null,
    primary key (workspace_id, id),
    constraint progress_photo_thumbnail_uq unique (workspace_id, thumbnail_file_id),
    constraint progress_photo_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id) deferrable initially deferred
);
create index progress_photo_client_idx on progress_photo (workspace_id, client_id, pose, taken_on, uploaded_at);
