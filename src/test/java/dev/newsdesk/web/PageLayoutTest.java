package dev.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every page comes out of the one layout: one head with the page's title, one skip link, one masthead with the account
 * menu, one footer. The one error template shows whatever status and words the error answer hands it, as text.
 */
class PageLayoutTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    @Test
    void anErrorPageHasTheLayoutAroundItsProblem() {
        Document page = error(new ErrorPage(404, "Page not found", "There is nothing here.", false, null), null);

        assertThat(page.title()).isEqualTo("Page not found · Newsdesk");
        assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
        assertThat(page.select("header.masthead form[role=search]")).hasSize(1);
        assertThat(page.select("footer.site-footer")).hasSize(1);
        assertThat(page.select("main#main .problem-status").text()).isEqualTo("404");
        assertThat(page.select("main#main h1").text()).isEqualTo("Page not found");
        assertThat(page.select(".problem-message").text()).isEqualTo("There is nothing here.");
        assertThat(page.select(".problem-hint")).isEmpty();
    }

    @Test
    void anOutageSaysNothingIsLostAndTheSearchStaysInTheMasthead() {
        Document page = error(new ErrorPage(503, "Search is unavailable", "Try again in a minute.", true, "vietnam"), null);

        assertThat(page.select(".problem-hint").text()).contains("Nothing is lost");
        assertThat(page.select("#q").val()).isEqualTo("vietnam");
    }

    @Test
    void wordsFromTheRequestAreText() {
        Document page = error(new ErrorPage(400, HOSTILE, HOSTILE, false, HOSTILE), null);

        assertThat(page.title()).isEqualTo(HOSTILE + " · Newsdesk");
        assertThat(page.select(".problem-message").text()).isEqualTo(HOSTILE);
        assertThat(page.select("body script")).isEmpty();
    }

    @Test
    void theAccountMenuNamesWhoIsSignedInAndOffersAdminsTheAccountsPage() {
        Document anonymous = error(new ErrorPage(404, "Page not found", "-", false, null), null);
        Document reader = error(new ErrorPage(404, "Page not found", "-", false, null), Map.of("username", "alice", "admin", false));
        Document admin = error(new ErrorPage(404, "Page not found", "-", false, null), Map.of("username", "root", "admin", true));

        assertThat(anonymous.select(".account-nav a").eachAttr("href")).containsExactly("/login");
        assertThat(reader.select(".account-nav .account-name").text()).isEqualTo("alice");
        assertThat(reader.select(".account-nav a").eachAttr("href")).containsExactly("/account", "/saved");
        assertThat(reader.select(".account-nav form.logout-form")).hasSize(1);
        assertThat(admin.select(".account-nav a").eachAttr("href")).containsExactly("/account", "/saved", "/admin/accounts", "/admin/sources");
    }

    private static Document error(ErrorPage problem, Map<String, Object> account) {
        Map<String, Object> model = new HashMap<>();
        model.put("problem", problem);
        if (account != null) {
            model.put("account", account);
        }
        return TestTemplates.render(ErrorAnswers.VIEW, model);
    }
}
