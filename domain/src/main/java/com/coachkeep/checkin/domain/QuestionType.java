package com.coachkeep.checkin.domain;

import java.util.Locale;

/** What a question asks for. A photo set's photos are attached to a submission by the photo feature, not answered here. */
public enum QuestionType {
    NUMBER, SCALE, SHORT_TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, PHOTO_SET;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionType parse(String text) {
        if (text != null) {
            for (QuestionType t : values()) {
                if (t.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("must be one of number, scale, short_text, long_text, single_choice, multiple_choice, yes_no, "
                + "photo_set");
    }
}
