package com.coachkeep.messaging.application.port.in;

import java.util.List;

/**
 * A page of messages, newest first. {@code olderCursor}: the {@code before} of the next older page, or null at the
 * conversation's start; {@code newerCursor}: the {@code after} of the next newer page, or null at its newest.
 */
public record MessagePage(List<MessageView> messages, Long olderCursor, Long newerCursor) {
}
