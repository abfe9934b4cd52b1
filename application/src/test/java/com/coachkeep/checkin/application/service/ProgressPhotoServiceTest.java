package com.coachkeep.checkin.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.checkin.application.port.in.CompareProgressPhotosUseCase.PhotoComparison;
import com.coachkeep.checkin.application.port.in.LinkProgressPhotoUseCase.ProgressPhotoLink;
import com.coachkeep.checkin.application.port.in.UploadProgressPhotoCommand;
import com.coachkeep.checkin.application.port.out.PhotoDayWeightsPort;
import com.coachkeep.checkin.application.port.out.PhotoFileStorePort;
import com.coachkeep.checkin.application.port.out.PhotoLinkSignerPort;
import com.coachkeep.checkin.application.port.out.ProgressPhotoRepository;
import com.coachkeep.checkin.domain.PhotoId;
import com.coachkeep.checkin.domain.PhotoLinkClaims;
import com.coachkeep.checkin.domain.PhotoPose;
import com.coachkeep.checkin.domain.ProgressPhoto;
import com.coachkeep.roster.application.port.in.ClientView;
import com.coachkeep.roster.application.port.in.GetClientUseCase;
import com.coachkeep.roster.domain.ClientId;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.Caller;
import com.coachkeep.shared.application.ImageRefusedException;
import com.coachkeep.shared.application.ImageSanitizer;
import com.coachkeep.shared.application.NotFoundException;
import com.coachkeep.shared.domain.EmailAddress;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.MembershipId;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.testing.fakes.MutableClock;
import com.coachkeep.testing.fakes.RecordingAuditTrail;
import com.coachkeep.workspace.application.port.in.IdentifiedActor;
import com.coachkeep.workspace.application.port.in.IdentifyCallerCommand;
import com.coachkeep.workspace.application.port.in.ResolveActorUseCase;
import com.coachkeep.workspace.domain.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressPhotoServiceTest {
    static final WorkspaceId WS = WorkspaceId.newId();
    static final ClientId CLIENT = ClientId.newId();
    static final ClientId OTHER = ClientId.newId();
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final Rows rows = new Rows();
    final Files files = new Files();
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final Map<LocalDate, BigDecimal> weights = new HashMap<>();
    final Actor client = actor(Role.CLIENT, PersonId.newId());
    final Actor coach = actor(Role.COACH, PersonId.newId());
    final Actor assistant = actor(Role.ASSISTANT, PersonId.newId());
    final Map<PersonId, Actor> members = new HashMap<>(Map.of(client.personId(), client, coach.personId(), coach));
    final ProgressPhotoService service = new ProgressPhotoService(rows, files, new Sanitizer(), new Signer(),
            (PhotoDayWeightsPort) (w, c, day) -> Optional.ofNullable(weights.get(day)), new Roster(), audit, clock);
    final OpenProgressPhotoLinkService links = new OpenProgressPhotoLinkService(new Signer(), new Actors(), service, clock);

    static Actor actor(Role role, PersonId person) {
        return new Actor(person, WS, MembershipId.newId(), role.name().toLowerCase(), role.isStaff(), role.permissions());
    }

    ProgressPhoto upload(String pose, String day) {
        return service.upload(client, CLIENT, new UploadProgressPhotoCommand(pose, day, new byte[] {1, 2, 3}));
    }

    @Test
    void anUploadStoresItsTwoFilesAndItsRowAndARefusedOneNothing() {
        ProgressPhoto p = upload("front", "2026-12-01");
        assertEquals(2, files.stored.size());
        assertEquals(1, rows.rows.size());
        assertEquals("photo.uploaded", audit.last().action());
        assertThrows(ImageRefusedException.class, () -> service.upload(client, CLIENT, new UploadProgressPhotoCommand("front", "2026-12-01",
                new byte[0])));
        assertEquals(2, files.stored.size(), "nothing stored for a refused image");
        assertEquals(1, rows.rows.size());
        assertEquals(p, service.get(client, CLIENT, p.id()));
    }

    @Test
    void fieldsAreCheckedOnlyForCallersWhoMayUpload() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> upload("upside-down", "yesterday"));
        assertEquals(List.of("pose", "takenOn"), e.violations().stream().map(v -> v.field()).toList());
        assertThrows(InvalidInputException.class, () -> upload("front", "2026-12-20"), "not in the future");
        assertThrows(AccessDeniedException.class, () -> service.upload(coach, CLIENT, new UploadProgressPhotoCommand("bad", null, null)),
                "staff are refused before their input is read");
        assertThrows(NotFoundException.class, () -> service.upload(client, OTHER, new UploadProgressPhotoCommand("front", "2026-12-01",
                new byte[] {1})), "another client's record is not found");
        assertTrue(files.stored.isEmpty());
    }

    @Test
    void staffSeeWhatThePermissionModelAndTheClientsChoiceAllow() {
        ProgressPhoto p = upload("front", "2026-12-01");
        assertEquals(1, service.list(coach, CLIENT, null).size());
        assertThrows(AccessDeniedException.class, () -> service.list(assistant, CLIENT, null), "the assistant has no photos_view");
        service.setHidden(client, CLIENT, p.id(), true);
        assertEquals("photo.hidden_from_staff", audit.last().action());
        assertEquals(0, service.list(coach, CLIENT, null).size());
        assertThrows(NotFoundException.class, () -> service.get(coach, CLIENT, p.id()));
        assertThrows(NotFoundException.class, () -> service.open(coach, CLIENT, p.id(), null));
        assertThrows(NotFoundException.class, () -> service.link(coach, CLIENT, p.id(), null));
        assertEquals(1, service.list(client, CLIENT, null).size(), "the client still sees it");
        assertThrows(AccessDeniedException.class, () -> service.setHidden(coach, CLIENT, p.id(), false));
        assertThrows(AccessDeniedException.class, () -> service.delete(coach, CLIENT, p.id()));
    }

    @Test
    void theClientDeletesAPhotoWithItsFiles() {
        ProgressPhoto p = upload("front", "2026-12-01");
        upload("side", "2026-12-01");
        service.delete(client, CLIENT, p.id());
        assertEquals(2, files.stored.size());
        assertFalse(files.stored.containsKey(p.id().value()));
        assertFalse(files.stored.containsKey(p.thumbnailFileId()));
        assertThrows(NotFoundException.class, () -> service.get(client, CLIENT, p.id()));
        assertThrows(NotFoundException.class, () -> service.delete(client, CLIENT, p.id()));
        assertEquals("photo.deleted", audit.last().action());
    }

    @Test
    void aLinkLivesFiveMinutesForItsViewerAndWhileTheyMaySeeThePhoto() throws Exception {
        ProgressPhoto p = upload("front", "2026-12-01");
        ProgressPhotoLink l = service.link(coach, CLIENT, p.id(), "thumbnail");
        assertEquals(NOW.plus(Duration.ofMinutes(5)), l.expiresAt());
        assertEquals(4, links.open(caller(coach), l.token()).content().readAllBytes()[0], "the thumbnail's bytes");
        assertThrows(NotFoundException.class, () -> links.open(caller(client), l.token()), "another viewer");
        clock.advance(Duration.ofSeconds(299));
        links.open(caller(coach), l.token()).content().close();
        clock.advance(Duration.ofSeconds(1));
        assertThrows(NotFoundException.class, () -> links.open(caller(coach), l.token()), "expired at five minutes");
        clock.set(NOW);
        service.setHidden(client, CLIENT, p.id(), true);
        assertThrows(NotFoundException.class, () -> links.open(caller(coach), l.token()), "hidden since");
        service.setHidden(client, CLIENT, p.id(), false);
        members.remove(coach.personId());
        assertThrows(NotFoundException.class, () -> links.open(caller(coach), l.token()), "no longer a member");
        assertThrows(NotFoundException.class, () -> links.open(caller(client), "forged"));
    }

    @Test
    void comparisonSetsTwoDaysOfOnePoseSideBySideWithTheirWeights() {
        ProgressPhoto first = upload("front", "2026-09-01");
        upload("front", "2026-10-01");
        ProgressPhoto latest = upload("front", "2026-12-01");
        upload("side", "2026-12-01");
        weights.put(LocalDate.parse("2026-12-01"), new BigDecimal("81.4"));
        PhotoComparison c = service.compare(coach, CLIENT, "front", null, "2026-12-01");
        assertEquals(PhotoPose.FRONT, c.pose());
        assertEquals(first.id(), c.before().photo().id(), "against the first photo");
        assertNull(c.before().weightKg());
        assertEquals(latest.id(), c.after().photo().id());
        assertEquals(new BigDecimal("81.4"), c.after().weightKg());
        assertEquals(LocalDate.parse("2026-10-01"), service.compare(client, CLIENT, "front", "2026-10-01", "2026-12-01").before().photo().takenOn());
        assertThrows(NotFoundException.class, () -> service.compare(client, CLIENT, "back", null, "2026-12-01"));
        assertThrows(InvalidInputException.class, () -> service.compare(client, CLIENT, "front", "2026-12-01", "2026-10-01"));
        assertThrows(InvalidInputException.class, () -> service.compare(client, CLIENT, "front", null, null));
    }

    Caller caller(Actor a) {
        return new Caller(a.personId(), new EmailAddress("p" + a.personId().value() + "@example.com"), true, NOW, false);
    }

    // ------------------------------------------------------------------------------------------ fakes

    final class Roster implements GetClientUseCase {
        @Override
        public ClientView get(Actor actor, ClientId id) {
            boolean visible = id.equals(CLIENT) && (actor.staff() || actor.personId().equals(client.personId()));
            if (!visible) {
                throw new NotFoundException("client");
            }
            return new ClientView(id, "Client", "c@example.com", "active", null, List.of(), true, Instant.EPOCH, Instant.EPOCH, 0);
        }

        @Override
        public ClientView getOwn(Actor actor) {
            throw new UnsupportedOperationException();
        }
    }

    final class Actors implements ResolveActorUseCase {
        @Override
        public Actor resolve(Caller caller, WorkspaceId workspaceId) {
            Actor a = members.get(caller.personId());
            if (a == null || !workspaceId.equals(WS)) {
                throw new NotFoundException("workspace");
            }
            return a;
        }

        @Override
        public Actor resolveForDataRights(Caller caller, WorkspaceId workspaceId) {
            return resolve(caller, workspaceId);
        }

        @Override
        public IdentifiedActor identifyAndResolve(IdentifyCallerCommand command, WorkspaceId workspaceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IdentifiedActor identifyAndResolveForDataRights(IdentifyCallerCommand command, WorkspaceId workspaceId) {
            throw new UnsupportedOperationException();
        }
    }

    /** Accepts any non-empty upload: a 3-byte "full" image and a 1-byte thumbnail. */
    static final class Sanitizer implements ImageSanitizer {
        @Override
        public SanitizedImage sanitize(byte[] upload, Limits limits) {
            if (upload.length == 0) {
                throw new ImageRefusedException(ImageRefusedException.Reason.UNSUPPORTED_TYPE, "empty");
            }
            return new SanitizedImage(new EncodedImage(new byte[] {9, 9, 9}, "image/jpeg", 30, 40),
                    new EncodedImage(new byte[] {4}, "image/jpeg", 3, 4), "image/jpeg");
        }
    }

    /** Claims kept in memory behind a random token (the HMAC itself is HmacPhotoLinkSignerTest's). */
    static final class Signer implements PhotoLinkSignerPort {
        static final Map<String, PhotoLinkClaims> ISSUED = new HashMap<>();

        @Override
        public String sign(PhotoLinkClaims claims) {
            String token = UUID.randomUUID().toString();
            ISSUED.put(token, claims);
            return token;
        }

        @Override
        public Optional<PhotoLinkClaims> read(String token) {
            return Optional.ofNullable(ISSUED.get(token));
        }
    }

    static final class Rows implements ProgressPhotoRepository {
        final List<ProgressPhoto> rows = new ArrayList<>();

        @Override
        public void add(ProgressPhoto photo) {
            rows.add(photo);
        }

        @Override
        public Optional<ProgressPhoto> find(WorkspaceId w, ClientId c, PhotoId id) {
            return rows.stream().filter(p -> p.workspaceId().equals(w) && p.clientId().equals(c) && p.id().equals(id)).findFirst();
        }

        @Override
        public List<ProgressPhoto> list(WorkspaceId w, ClientId c, PhotoPose pose, boolean includeHidden) {
            return rows.stream().filter(p -> p.clientId().equals(c) && (pose == null || p.pose() == pose) && (includeHidden || !p.hiddenFromStaff()))
                    .sorted(Comparator.comparing(ProgressPhoto::takenOn).reversed()).toList();
        }

        @Override
        public Optional<ProgressPhoto> onDay(WorkspaceId w, ClientId c, PhotoPose pose, LocalDate day, boolean includeHidden) {
            return list(w, c, pose, includeHidden).stream().filter(p -> p.takenOn().equals(day)).findFirst();
        }

        @Override
        public Optional<ProgressPhoto> first(WorkspaceId w, ClientId c, PhotoPose pose, boolean includeHidden) {
            return list(w, c, pose, includeHidden).stream().min(Comparator.comparing(ProgressPhoto::takenOn));
        }

        @Override
        public void setHidden(WorkspaceId w, ClientId c, PhotoId id, boolean hidden) {
            find(w, c, id).ifPresent(p -> rows.set(rows.indexOf(p), p.hidden(hidden)));
        }

        @Override
        public boolean delete(WorkspaceId w, ClientId c, PhotoId id) {
            return rows.removeIf(p -> p.clientId().equals(c) && p.id().equals(id));
        }
    }

    static final class Files implements PhotoFileStorePort {
        final Map<UUID, byte[]> stored = new HashMap<>();

        @Override
        public void put(WorkspaceId w, ClientId c, UUID fileId, byte[] content) {
            stored.put(fileId, content);
        }

        @Override
        public Optional<InputStream> open(WorkspaceId w, ClientId c, UUID fileId) {
            return Optional.ofNullable(stored.get(fileId)).map(ByteArrayInputStream::new);
        }

        @Override
        public void delete(WorkspaceId w, ClientId c, UUID fileId) {
            stored.remove(fileId);
        }
    }
}
