--liquibase formatted sql

--changeset coachkeep:0047-message-attachments
-- Message attachments (docs/messaging.md#attachments). A row describes a file; its bytes are only in the file store,
-- encrypted under the client's file key: an image re-encoded without metadata by the shared image pipeline (the full
-- copy under the attachment's id, a thumbnail under thumbnail_file_id), or a PDF as uploaded, checked by its bytes.
-- The row holds no free text and no file bytes (no file name is kept). An attachment is uploaded unsent (message_id
-- null, seen by its uploader alone) and belongs to the message that names it once that is sent; it is deleted with
-- that message. The client's data: erased with the client (files first) and exported to them with the files.
-- uploaded_by is a plain id without a foreign key, like a message's author.
create table message_attachment (
    workspace_id         uuid        not null references workspace (id) deferrable initially deferred,
    id                   uuid        not null,
    client_id            uuid        not null,
    message_id           uuid,
    position             smallint    check (position between 0 and 4),
    uploaded_by          uuid        not null,
    kind                 varchar(8)  not null check (kind in ('IMAGE', 'PDF')),
    media_type           varchar(32) not null check (media_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes           bigint      not null check (size_bytes > 0),
    width                integer     check (width > 0),
    height               integer     check (height > 0),
    thumbnail_file_id    uuid,
    thumbnail_media_type varchar(32) check (thumbnail_media_type in ('image/jpeg', 'image/png')),
    uploaded_at          timestamptz not null,
    primary key (workspace_id, id),
    constraint message_attachment_sent_ck check ((message_id is null) = (position is null)),
    constraint message_attachment_image_ck check ((kind = 'IMAGE') = (thumbnail_file_id is not null and width is not null
        and height is not null and thumbnail_media_type is not null)),
    constraint message_attachment_thumbnail_uq unique (workspace_id, thumbnail_file_id),
    constraint message_attachment_position_uq unique (workspace_id, message_id, position),
    constraint message_attachment_client_fk foreign key (workspace_id, client_id) references client (workspace_id, id)
        deferrable initially deferred,
    constraint message_attachment_message_fk foreign key (workspace_id, message_id) references message (workspace_id, id)
        deferrable initially deferred
);
-- a message's attachments in order; an uploader's unsent ones in a conversation
create index message_attachment_message_idx on message_attachment (workspace_id, client_id, message_id, position);
create index message_attachment_unsent_idx on message_attachment (workspace_id, client_id, uploaded_by, uploaded_at) where message_id is null;
