package com.coachkeep.infrastructure.persistence.training;

import com.coachkeep.infrastructure.persistence.shared.KeysetCursor;
import com.coachkeep.infrastructure.persistence.shared.Persistence;
import com.coachkeep.infrastructure.persistence.shared.Rows;
import com.coachkeep.infrastructure.persistence.shared.TenantScope;
import com.coachkeep.shared.domain.InvalidInputException;
import com.coachkeep.shared.domain.Page;
import com.coachkeep.shared.domain.PageRequest;
import com.coachkeep.shared.domain.PersonId;
import com.coachkeep.shared.domain.WorkspaceId;
import com.coachkeep.training.application.port.out.ExerciseLibraryRepository;
import com.coachkeep.training.domain.ExerciseAliases;
import com.coachkeep.training.domain.ExerciseId;
import com.coachkeep.training.domain.LibraryExercise;
import com.coachkeep.training.domain.WorkspaceExercise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library in native SQL: one query over the global catalogue and the workspace's own exercises. Text search finds
 * the ids whose name or alias contains the text or has a word similar to it (pg_trgm's {@code LIKE} and {@code <%},
 * both served by the trigram indexes), then ranks them by word similarity; pages are keyset-based on (rank, name, id),
 * or (name, id) without text. Every statement names the workspace, and row-level security repeats it.
 */
@ApplicationScoped
public class JpaExerciseLibraryRepository implements ExerciseLibraryRepository {
    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;
    @Inject
    TenantScope tenant;

    @Override
    @SuppressWarnings("unchecked")
    public Page<LibraryExercise> search(WorkspaceId w, Filter f, PageRequest page) {
        tenant.workspace(w);
        Sql sql = new Sql();
        String ws = sql.p(w.value().toString());
        String q = f.text() == null ? null : ExerciseAliases.key(f.text());
        String like = q == null ? null : sql.p("%" + likeEscape(q) + "%");
        String qp = q == null ? null : "cast(" + sql.p(q) + " as text)";
        // with text: the ids whose name or alias matches, each part served by its own trigram index, with the best word
        // similarity of what matched; the library's rows are then read by id for these only
        String m = q == null ? "" : " join matches m on m.id = ";
        List<String> branches = new ArrayList<>();
        if (f.source() != LibraryExercise.Source.WORKSPACE) {
            StringBuilder g = new StringBuilder("select " + ExerciseRows.globalColumns(ws) + (q == null ? ", cast(0 as numeric) as rank" : ", m.rank")
                    + " from exercise_catalogue c" + (q == null ? "" : m + "c.id") + " where true");
            if (!f.includeHidden()) {
                g.append(" and not exists (select 1 from exercise_hidden h where h.workspace_id = cast(").append(ws)
                        .append(" as uuid) and h.exercise_id = c.id)");
            }
            if (f.muscle() != null) {
                String mp = sql.p(f.muscle().name());
                g.append(" and (cast(").append(mp).append(" as text) = any(c.primary_muscle_list) or cast(").append(mp)
                        .append(" as text) = any(c.secondary_muscle_list))");
            }
            filters(g, sql, f, "c");
            branches.add(g.toString());
        }
        if (f.source() != LibraryExercise.Source.GLOBAL) {
            StringBuilder o = new StringBuilder("select " + ExerciseRows.OWN_COLUMNS + (q == null ? ", cast(0 as numeric) as rank" : ", m.rank")
                    + " from exercise e" + (q == null ? "" : m + "e.id") + " where e.workspace_id = cast(").append(ws).append(" as uuid) and e.status = 'ACTIVE'");
            if (f.muscle() != null) {
                String mp = sql.p(f.muscle().name());
                o.append(" and (e.primary_muscles @> array[cast(").append(mp).append(" as text)] or e.secondary_muscles @> array[cast(")
                        .append(mp).append(" as text)])");
            }
            filters(o, sql, f, "e");
            branches.add(o.toString());
        }
        StringBuilder s = new StringBuilder();
        if (q != null) {
            s.append("with matches as (select id, round(cast(max(s) as numeric), 4) as rank from (")
                    .append("select e.id, word_similarity(").append(qp).append(", e.sort_name) as s from exercise e where e.workspace_id = cast(")
                    .append(ws).append(" as uuid) and e.status = 'ACTIVE' and (e.sort_name like ").append(like).append(" escape '\\' or ")
                    .append(qp).append(" <% e.sort_name)")
                    .append(" union all select a.exercise_id, word_similarity(").append(qp).append(", a.sort_alias) from exercise_alias a where a.workspace_id = cast(")
                    .append(ws).append(" as uuid) and (a.sort_alias like ").append(like).append(" escape '\\' or ").append(qp).append(" <% a.sort_alias)")
                    .append(" union all select c.id, word_similarity(").append(qp).append(", lower(c.name)) from exercise_catalogue c where lower(c.name) like ")
                    .append(like).append(" escape '\\' or ").append(qp).append(" <% lower(c.name)) found group by id) ");
        }
        s.append("select * from (select x.*, ").append(ExerciseRows.aliasesColumn(ws)).append(" from (")
                .append(String.join(" union all ", branches)).append(") x) r");
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor());
            String cid = sql.p(after.id().toString());
            if (q == null) {
                s.append(" where (r.sort_name, r.id) > (").append(sql.p(after.key())).append(", cast(").append(cid).append(" as uuid))");
            } else {
                int bar = after.key().indexOf('|');
                BigDecimal rank;
                try {
                    rank = new BigDecimal(after.key().substring(0, bar));
                } catch (RuntimeException e) {
                    throw InvalidInputException.of("cursor", "is not a cursor returned by this list");
                }
                String rp = sql.p(rank);
                String np = sql.p(after.key().substring(bar + 1));
                s.append(" where (r.rank < ").append(rp).append(" or (r.rank = ").append(rp).append(" and (r.sort_name, r.id) > (")
                        .append(np).append(", cast(").append(cid).append(" as uuid))))");
            }
        }
        s.append(q == null ? " order by r.sort_name, r.id" : " order by r.rank desc, r.sort_name, r.id");
        s.append(" limit ").append(page.limit() + 1);
        List<Object[]> rows = sql.bind(em.createNativeQuery(s.toString())).getResultList();
        return KeysetCursor.page(rows, page.limit(), r -> new KeysetCursor(q == null ? (String) r[ExerciseRows.SORT_NAME]
                : ((BigDecimal) r[ExerciseRows.RANK]).toPlainString() + "|" + r[ExerciseRows.SORT_NAME], Rows.uuid(r[0])), ExerciseRows::toLibrary);
    }

    private static void filters(StringBuilder b, Sql sql, Filter f, String t) {
        if (f.equipment() != null) {
            b.append(" and ").append(t).append(".equipment = ").append(sql.p(f.equipment().name()));
        }
        if (f.pattern() != null) {
            b.append(" and ").append(t).append(".pattern = ").append(sql.p(f.pattern().name()));
        }
        if (f.mechanics() != null) {
            b.append(" and ").append(t).append(".mechanics = ").append(sql.p(f.mechanics().name()));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<LibraryExercise> find(WorkspaceId w, ExerciseId id) {
        tenant.workspace(w);
        Sql sql = new Sql();
        String ws = sql.p(w.value().toString());
        String ip = sql.p(id.toString());
        String s = "select x.*, cast(0 as numeric) as rank, " + ExerciseRows.aliasesColumn(ws) + " from (select " + ExerciseRows.OWN_COLUMNS
                + " from exercise e where e.workspace_id = cast(" + ws + " as uuid) and e.id = cast(" + ip + " as uuid) union all select "
                + ExerciseRows.globalColumns(ws) + " from exercise_catalogue c where c.id = cast(" + ip + " as uuid)) x";
        List<Object[]> rows = sql.bind(em.createNativeQuery(s)).getResultList();
        return rows.stream().findFirst().map(ExerciseRows::toLibrary);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<WorkspaceExercise> findOwn(WorkspaceId w, ExerciseId id) {
        tenant.workspace(w);
        // locked: the use case that read it writes it back in the same transaction, so concurrent edits queue
        List<Object[]> rows = em.createNativeQuery("select " + ExerciseRows.OWN_COLUMNS + " from exercise e where e.workspace_id = cast(?1 as uuid) "
                + "and e.id = cast(?2 as uuid) for update").setParameter(1, w.value().toString()).setParameter(2, id.toString()).getResultList();
        return rows.stream().findFirst().map(r -> ExerciseRows.toOwn(w, r));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<WorkspaceExercise> mergedInto(WorkspaceId w, ExerciseId survivor) {
        tenant.workspace(w);
        List<Object[]> rows = em.createNativeQuery("select " + ExerciseRows.OWN_COLUMNS + " from exercise e where e.workspace_id = cast(?1 as uuid) "
                + "and e.status = 'MERGED' and e.merged_into = cast(?2 as uuid) order by e.id for update")
                .setParameter(1, w.value().toString()).setParameter(2, survivor.toString()).getResultList();
        return rows.stream().map(r -> ExerciseRows.toOwn(w, r)).toList();
    }

    @Override
    public void add(WorkspaceExercise e) {
        tenant.workspace(e.workspaceId());
        Query q = em.createNativeQuery("insert into exercise (workspace_id, id, name, sort_name, instructions, video_url, tags, primary_muscles, "
                + "secondary_muscles, equipment, pattern, mechanics, variation_group, status, merged_into, updated_at, version, created_by, created_at) "
                + "values (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, ?5, ?6, string_to_array(cast(?7 as text), chr(31)), "
                + "string_to_array(cast(?8 as text), chr(31)), string_to_array(cast(?9 as text), chr(31)), ?10, ?11, ?12, ?13, ?14, "
                + "cast(?15 as uuid), cast(?16 as timestamptz), ?17, cast(?18 as uuid), cast(?19 as timestamptz))");
        ExerciseRows.bindOwn(q, e);
        q.setParameter(18, e.createdBy() == null ? null : e.createdBy().toString());
        q.setParameter(19, Rows.param(e.createdAt()));
        q.executeUpdate();
    }

    @Override
    public void update(WorkspaceExercise e) {
        tenant.workspace(e.workspaceId());
        Query q = em.createNativeQuery("update exercise set name = ?3, sort_name = ?4, instructions = ?5, video_url = ?6, "
                + "tags = string_to_array(cast(?7 as text), chr(31)), primary_muscles = string_to_array(cast(?8 as text), chr(31)), "
                + "secondary_muscles = string_to_array(cast(?9 as text), chr(31)), equipment = ?10, pattern = ?11, mechanics = ?12, "
                + "variation_group = ?13, status = ?14, merged_into = cast(?15 as uuid), updated_at = cast(?16 as timestamptz), version = ?17 "
                + "where workspace_id = cast(?1 as uuid) and id = cast(?2 as uuid)");
        ExerciseRows.bindOwn(q, e);
        if (q.executeUpdate() != 1) {
            throw new com.coachkeep.shared.application.NotFoundException("exercise");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ExerciseAliases aliases(WorkspaceId w, ExerciseId id) {
        tenant.workspace(w);
        List<Object> rows = em.createNativeQuery("select alias from exercise_alias where workspace_id = cast(?1 as uuid) "
                + "and exercise_id = cast(?2 as uuid) order by sort_alias").setParameter(1, w.value().toString()).setParameter(2, id.toString())
                .getResultList();
        return new ExerciseAliases(rows.stream().map(Object::toString).toList());
    }

    @Override
    public void setAliases(WorkspaceId w, ExerciseId id, ExerciseAliases aliases, Instant now) {
        tenant.workspace(w);
        em.createNativeQuery("delete from exercise_alias where workspace_id = cast(?1 as uuid) and exercise_id = cast(?2 as uuid)")
                .setParameter(1, w.value().toString()).setParameter(2, id.toString()).executeUpdate();
        for (String alias : aliases.values()) {
            em.createNativeQuery("insert into exercise_alias (workspace_id, exercise_id, alias, sort_alias, created_at) "
                    + "values (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, cast(?5 as timestamptz)) on conflict do nothing")
                    .setParameter(1, w.value().toString()).setParameter(2, id.toString()).setParameter(3, alias)
                    .setParameter(4, ExerciseAliases.key(alias)).setParameter(5, Rows.param(now)).executeUpdate();
        }
    }

    @Override
    public boolean hide(WorkspaceId w, ExerciseId id, PersonId by, Instant now) {
        tenant.workspace(w);
        return em.createNativeQuery("insert into exercise_hidden (workspace_id, exercise_id, hidden_by, hidden_at) "
                + "values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid), cast(?4 as timestamptz)) on conflict do nothing")
                .setParameter(1, w.value().toString()).setParameter(2, id.toString()).setParameter(3, by == null ? null : by.toString())
                .setParameter(4, Rows.param(now)).executeUpdate() == 1;
    }

    @Override
    public boolean unhide(WorkspaceId w, ExerciseId id) {
        tenant.workspace(w);
        return em.createNativeQuery("delete from exercise_hidden where workspace_id = cast(?1 as uuid) and exercise_id = cast(?2 as uuid)")
                .setParameter(1, w.value().toString()).setParameter(2, id.toString()).executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<LibraryExercise> variationGroup(WorkspaceId w, String group, ExerciseId except, int limit) {
        tenant.workspace(w);
        Sql sql = new Sql();
        String ws = sql.p(w.value().toString());
        String g = sql.p(group);
        String ex = sql.p(except.toString());
        String s = "select x.*, cast(0 as numeric) as rank, " + ExerciseRows.aliasesColumn(ws) + " from (select " + ExerciseRows.OWN_COLUMNS
                + " from exercise e where e.workspace_id = cast(" + ws + " as uuid) and e.status = 'ACTIVE' and e.variation_group = " + g
                + " union all select " + ExerciseRows.globalColumns(ws) + " from exercise_catalogue c where c.variation_of = " + g
                + " and not exists (select 1 from exercise_hidden h where h.workspace_id = cast(" + ws + " as uuid) and h.exercise_id = c.id)) x"
                + " where x.id <> cast(" + ex + " as uuid) order by x.sort_name, x.id limit " + limit;
        List<Object[]> rows = sql.bind(em.createNativeQuery(s)).getResultList();
        return rows.stream().map(ExerciseRows::toLibrary).toList();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Positional parameters in the order the statement is built. */
    static final class Sql {
        private final List<Object> params = new ArrayList<>();

        String p(Object value) {
            params.add(value);
            return "?" + params.size();
        }

        Query bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            return q;
        }
    }
}
