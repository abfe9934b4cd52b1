package com.coachkeep.infrastructure.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coachkeep.shared.domain.EmailTemplate;
import com.coachkeep.shared.application.MailPort;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailRendererTest {
    private final EmailRenderer renderer = new EmailRenderer();

    @Test
    void anInvitationReadsWellInTextAndHtmlWithTheWorkspacesNameAndColour() {
        RenderedEmail r = renderer.render(SampleEmails.staffInvitation("k"), EmailRenderer.Links.NONE);

        assertEquals("You're invited to Summit Strength & Nutrition", r.subject());
        assertTrue(r.text().contains("Anna Berg invited you to join Summit Strength & Nutrition on Coachkeep as a coach."), r.text());
        assertTrue(r.text().contains("https://app.coachkeep.test/invitations/tok_ABCdef123-_xyz0123456789"));
        // 08:00 UTC is 09:00 in Berlin (CET)
        assertTrue(r.text().contains("March 9, 2026") && r.text().contains("9:00") && r.text().contains("(Europe/Berlin)"), r.text());
        assertTrue(r.html().contains("Summit Strength &amp; Nutrition"), "names are escaped in HTML");
        assertTrue(r.html().contains("background:#0F766E"), "brand colour");
        assertTrue(r.html().contains("href=\"https://app.coachkeep.test/invitations/tok_ABCdef123-_xyz0123456789\""));
        assertTrue(r.text().contains("it is sent whatever your email preferences"), "essential emails say why they come");
    }

    @Test
    void anAssistantIsInvitedAsAnAssistant() {
        MailPort.Email coach = SampleEmails.staffInvitation("k");
        Map<String, Object> model = new HashMap<>(coach.model());
        model.put("role", "assistant");
        MailPort.Email assistant = new MailPort.Email(coach.template(), coach.to(), coach.workspaceId(), coach.locale(), coach.branding(), model, "k");

        assertTrue(renderer.render(assistant, EmailRenderer.Links.NONE).text().contains("as an assistant."));
    }

    @Test
    void noEmailCarriesImagesOrTrackingPixels() {
        for (MailPort.Email email : SampleEmails.everyTemplate().values()) {
            RenderedEmail r = renderer.render(email, new EmailRenderer.Links("https://api.test/u", "https://app.test/p"));
            String html = r.html().toLowerCase(Locale.ROOT);
            assertFalse(html.contains("<img") || html.contains("background-image") || html.contains("url("), email.template() + ": " + html);
            assertFalse(r.subject().isBlank());
            assertFalse(r.text().contains("{{") || r.html().contains("{{"), email.template() + " left a tag unrendered");
        }
    }

    @Test
    void everyEmailCoachkeepSendsHasATemplate() {
        for (EmailTemplate template : EmailTemplate.values()) {
            MailPort.Email sample = SampleEmails.everyTemplate().get(template);
            assertTrue(sample != null, "no sample for " + template);
            RenderedEmail r = renderer.render(sample, EmailRenderer.Links.NONE);
            assertFalse(r.text().isBlank());
        }
    }

    @Test
    void anOptionalEmailsFooterOffersTheUnsubscribeAndPreferencesLinks() {
        RenderedEmail r = renderer.render(SampleEmails.subProcessorChange(),
                new EmailRenderer.Links("https://api.test/email/unsubscribe?token=t&category=sub-processor-changes", "https://app.test/settings"));

        assertTrue(r.text().contains("Unsubscribe: https://api.test/email/unsubscribe?token=t&category=sub-processor-changes"), r.text());
        // HTML-escaped ('=' as &#x3D;, '&' as &amp;): browsers read the same address
        assertTrue(r.html().contains("href=\"https://api.test/email/unsubscribe?token&#x3D;t&amp;category&#x3D;sub-processor-changes\""), r.html());
        assertTrue(r.text().contains("Postmark (transactional email, USA): replaces SendGrid"), r.text());
        assertFalse(r.text().contains("sent whatever your email preferences"));
        assertEquals("Coachkeep is changing its sub-processors on May 1, 2026, 12:00 AM (Z)", r.subject());
    }

    @Test
    void aCheckinReminderListsEveryFormDueAndOverdueInOneEmailWithTheWorkspacesColourAndAnUnsubscribeLink() {
        RenderedEmail r = renderer.render(SampleEmails.checkinReminder(),
                new EmailRenderer.Links("https://api.test/email/unsubscribe?token=t&category=checkin-reminders", "https://app.test/settings"));

        assertEquals("Your check-ins for Summit Strength & Nutrition", r.subject());
        assertTrue(r.text().contains("Due today in Summit Strength & Nutrition:\n\n- Weekly check-in (Sunday 29 March); accepted until the end of "
                + "Tuesday 31 March\n- Habits (Sunday 29 March)"), r.text());
        assertTrue(r.text().contains("Overdue, and still accepted:\n\n- Monthly measurements (due Saturday 28 March); you can still send it until "
                + "the end of Monday 30 March"), r.text());
        assertTrue(r.text().contains("Unsubscribe: https://api.test/email/unsubscribe?token=t&category=checkin-reminders"), r.text());
        assertTrue(r.html().contains("background:#0F766E") && r.html().contains("<strong>Habits</strong>"), r.html());
        // one form due, nothing overdue: the subject says so
        Map<String, Object> model = new HashMap<>(SampleEmails.checkinReminder().model());
        model.put("total", 1);
        model.put("one", true);
        model.put("due", java.util.List.of(Map.of("form", "Weekly check-in", "day", "Sunday 29 March", "lastDay", "Tuesday 31 March")));
        model.put("overdue", java.util.List.of());
        MailPort.Email one = SampleEmails.checkinReminder();
        RenderedEmail single = renderer.render(new MailPort.Email(one.template(), one.to(), one.workspaceId(), one.locale(), one.branding(), model,
                "k"), EmailRenderer.Links.NONE);
        assertEquals("Your check-in for Summit Strength & Nutrition is due today", single.subject());
        assertFalse(single.text().contains("Overdue"), single.text());
        model.put("due", java.util.List.of());
        model.put("overdue", java.util.List.of(Map.of("form", "Weekly check-in", "day", "Sunday 29 March", "lastDay", "Tuesday 31 March")));
        assertEquals("Your check-in for Summit Strength & Nutrition is overdue", renderer.render(new MailPort.Email(one.template(), one.to(),
                one.workspaceId(), one.locale(), one.branding(), model, "k"), EmailRenderer.Links.NONE).subject());
    }

    @Test
    void wordsFromTheModelCannotInjectHtml() {
        MailPort.Email base = SampleEmails.staffInvitation("k");
        Map<String, Object> model = new HashMap<>(base.model());
        model.put("inviterName", "<script>alert(1)</script>");
        RenderedEmail r = renderer.render(new MailPort.Email(base.template(), base.to(), base.workspaceId(), base.locale(), base.branding(),
                model, "k"), EmailRenderer.Links.NONE);

        assertFalse(r.html().contains("<script>"));
        assertTrue(r.html().contains("&lt;script&gt;"));
        assertTrue(r.text().contains("<script>"), "the text part is not HTML and stays as written");
    }

    @Test
    void anUntranslatedLocaleFallsBackToEnglishAndLocaleVariantsToTheirLanguage() {
        MailPort.Email base = SampleEmails.staffInvitation("k");
        MailPort.Email german = new MailPort.Email(base.template(), base.to(), base.workspaceId(), Locale.forLanguageTag("de-DE"),
                base.branding(), base.model(), "k");

        assertTrue(renderer.render(german, EmailRenderer.Links.NONE).subject().startsWith("You're invited"));
        assertEquals(java.util.List.of("de-DE", "de", "en"), EmailRenderer.candidates(Locale.forLanguageTag("de-DE")));
    }

    @Test
    void aModelThatLacksAValueTheTemplateNeedsFailsLoudly() {
        MailPort.Email base = SampleEmails.staffInvitation("k");
        Map<String, Object> model = new HashMap<>(base.model());
        model.remove("acceptUrl");
        MailPort.Email broken = new MailPort.Email(base.template(), base.to(), base.workspaceId(), base.locale(), base.branding(), model, "k");

        assertThrows(com.samskivert.mustache.MustacheException.class, () -> renderer.render(broken, EmailRenderer.Links.NONE));
    }

    @Test
    void textOnTheBrandColourIsWhateverContrastsMore() {
        assertEquals("#FFFFFF", EmailRenderer.readableOn("#0F766E"));
        assertEquals("#111111", EmailRenderer.readableOn("#FDE68A"));
    }
}
