package com.coachkeep.checkin.application.service;

import com.coachkeep.checkin.application.port.in.ManageMetricTypesUseCase;
import com.coachkeep.checkin.application.port.out.MeasurementRepository;
import com.coachkeep.checkin.domain.MetricType;
import com.coachkeep.shared.application.AccessDeniedException;
import com.coachkeep.shared.application.Actor;
import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import com.coachkeep.shared.application.ConflictException;
import com.coachkeep.shared.domain.Permission;
import com.coachkeep.shared.domain.WorkspaceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Measurement types: the built-in ones and the workspace's own (a custom type keeps its dimension once defined). */
@ApplicationScoped
@Transactional
public class MetricTypeService implements ManageMetricTypesUseCase {
    private final MeasurementRepository measurements;
    private final AuditTrail audit;

    @Inject
    public MetricTypeService(MeasurementRepository measurements, AuditTrail audit) {
        this.measurements = measurements;
        this.audit = audit;
    }

    protected MetricTypeService() {
        this(null, null);
    }

    @Override
    public List<MetricType> list(Actor actor) {
        if (actor.staff()) {
            if (!actor.has(Permission.CHECKIN_FORMS_MANAGE) && !actor.has(Permission.CHECKINS_READ_ASSIGNED)) {
                throw new AccessDeniedException(Permission.CHECKINS_READ_ASSIGNED);
            }
        } else {
            actor.require(Permission.SELF_READ);
        }
        List<MetricType> all = new ArrayList<>(MetricType.BUILT_IN);
        all.addAll(measurements.customTypes(actor.workspaceId()));
        return all;
    }

    @Override
    public MetricType define(Actor actor, String key, String name, String dimension, String unit) {
        actor.require(Permission.CHECKIN_FORMS_MANAGE);
        MetricType t = MetricType.custom(key, name, dimension, unit);
        var stored = measurements.customType(actor.workspaceId(), t.key());
        if (stored.isPresent() && (stored.get().dimension() != t.dimension() || !java.util.Objects.equals(stored.get().unit(), t.unit()))) {
            throw new ConflictException("metric-type-dimension", "A measurement type keeps its dimension and unit: its values are stored in them.");
        }
        if (stored.isEmpty() || !stored.get().equals(t)) {
            measurements.saveType(actor.workspaceId(), t);
            audit.record(AuditRecord.of(actor, stored.isEmpty() ? "metric_type.created" : "metric_type.renamed").detail("type", t.key()));
        }
        return t;
    }

    /** A type by key, built-in or the workspace's; raises IllegalArgumentException for an unknown one. */
    public MetricType type(WorkspaceId workspaceId, String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        return MetricType.builtIn(key).or(() -> measurements.customType(workspaceId, key))
                .orElseThrow(() -> new IllegalArgumentException("is not a measurement type of this workspace"));
    }
}
