package com.coachkeep.checkin.application.port.in;

import java.util.List;

/** A question as sent; checked by {@code Question.define}. */
public record QuestionInput(String key, String type, String text, Boolean required, String unit, List<String> options, List<String> poses) {
}
