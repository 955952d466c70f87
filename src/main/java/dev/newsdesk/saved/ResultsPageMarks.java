package dev.newsdesk.saved;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import dev.newsdesk.search.InvalidSearchParameters;
import dev.newsdesk.search.SearchLinks;

/**
 * What the results page needs from saved searches, as the model attribute {@code saved}: whether the reader may save,
 * the search to save, and which articles are new since the saved search was last opened (the {@code new_since}
 * parameter its "Open" button adds). The {@code saved-fragments} template writes the form and the marks.
 */
@ControllerAdvice(basePackages = "dev.newsdesk.search")
class ResultsPageMarks {

    private final SavedSearchMatches matches;

    ResultsPageMarks(SavedSearchMatches matches) {
        this.matches = matches;
    }

    @ModelAttribute("saved")
    SavedSearchContext saved(HttpServletRequest request) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/") && !path.equals(SearchLinks.PATH)) {
            return null;
        }
        CanonicalSearch search;
        try {
            search = CanonicalSearch.parse(request.getQueryString());
        } catch (InvalidSearchParameters e) {
            return null; // the search itself reports it
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        Instant since = instant(request.getParameter(SavedPageController.NEW_SINCE));
        Set<String> newIds = since == null ? Set.of() : matches.newIds(search.criteria(), since);
        return new SavedSearchContext(loggedIn, search.queryString(), since, newIds);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
