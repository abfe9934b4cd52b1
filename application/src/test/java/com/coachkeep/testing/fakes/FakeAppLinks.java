package com.coachkeep.testing.fakes;

import com.coachkeep.shared.application.AppLinks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Product links under a test address; can read the token back out of a link found in an email. */
public final class FakeAppLinks implements AppLinks {
    public static final String BASE = "https://app.coachkeep.test";
    private static final Pattern INVITATION = Pattern.compile(Pattern.quote(BASE) + "/invitations/accept\\?token=([A-Za-z0-9_-]+)");

    @Override
    public String invitation(String token) {
        return BASE + "/invitations/accept?token=" + token;
    }

    @Override
    public String subProcessorList() {
        return "https://api.coachkeep.test/api/v1/sub-processors";
    }

    @Override
    public String export(String workspaceId, String exportId) {
        return BASE + "/workspaces/" + workspaceId + "/exports/" + exportId;
    }

    /** The token of the single invitation link in {@code text}; fails when there is none or more than one. */
    public static String invitationTokenIn(String text) {
        Matcher m = INVITATION.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no invitation link in: " + text);
        }
        String token = m.group(1);
        if (m.find()) {
            throw new AssertionError("more than one invitation link in: " + text);
        }
        return token;
    }
}
