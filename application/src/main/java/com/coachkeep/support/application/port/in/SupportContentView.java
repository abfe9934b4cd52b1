package com.coachkeep.support.application.port.in;

import java.util.List;

/**
 * What a read under a support grant showed, as the feature that owns the content laid it out: named columns and rows of
 * text, each row with the id of the item it shows (to read further content beside it), and the cursor of the next
 * page. {@code viewed}, {@code targetType} and {@code targetId} are what the workspace's trail records of the read
 * ({@code clients} of the workspace, {@code coach_notes} of a client), never the content itself.
 */
public record SupportContentView(String viewed, String targetType, String targetId, List<String> columns, List<Row> rows,
        String nextCursor) {
    public SupportContentView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One item: its id and one text per column. */
    public record Row(String id, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
