package com.coachkeep.testing.fakes;

import com.coachkeep.shared.application.AuditRecord;
import com.coachkeep.shared.application.AuditTrail;
import java.util.ArrayList;
import java.util.List;

/** An audit trail that keeps what use cases report, to check the records themselves. */
public final class RecordingAuditTrail implements AuditTrail {
    public final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    @Override
    public void recordAlone(AuditRecord record) {
        records.add(record);
    }

    public AuditRecord last() {
        return records.get(records.size() - 1);
    }
}
