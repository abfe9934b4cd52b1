package com.coachkeep.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsAreTrimmedLowerCasedSortedAndDeduplicated() {
        Tags tags = Tags.of(List.of("  Vegan ", "marathon", "VEGAN", "Beginner"));

        assertEquals(List.of("beginner", "marathon", "vegan"), List.copyOf(tags.values()));
    }

    @Test
    void noTagsIsEmpty() {
        assertTrue(Tags.none().values().isEmpty());
        assertTrue(Tags.of(List.of()).values().isEmpty());
    }

    @Test
    void atMostTwentyTags() {
        List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "tag" + i).toList();
        List<String> twentyOne = new ArrayList<>(twenty);
        twentyOne.add("tag21");

        assertEquals(20, Tags.of(twenty).values().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tags.of(twentyOne));
        assertEquals("must hold at most 20 tags", e.getMessage());
    }

    @Test
    void eachTagIsAtMostFortyCharacters() {
        assertEquals(40, Tags.of(List.of("t".repeat(40))).values().first().length());
        assertThrows(IllegalArgumentException.class, () -> Tags.of(List.of("t".repeat(41))));
    }

    @Test
    void blankOrMultiLineTagsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tags.of(List.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> Tags.of(List.of("two\nlines")));
        assertThrows(IllegalArgumentException.class, () -> Tags.of(Arrays.asList("ok", null)));
    }

    @Test
    void tagsMustNotContainCommas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tags.of(List.of("a,b")));

        assertEquals("tags must not contain commas", e.getMessage());
    }

    @Test
    void missingListIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tags.of(null));
    }

    @Test
    void tagsCannotBeChangedFromOutside() {
        Tags tags = Tags.of(List.of("vegan"));

        assertThrows(UnsupportedOperationException.class, () -> tags.values().add("keto"));
    }
}
