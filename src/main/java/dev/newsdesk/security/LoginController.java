package dev.newsdesk.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The login page; Spring Security handles its form's POST and the logout. */
@Controller
class LoginController {

    static final String PATH = "/login";
    /** Where a form login is forwarded, with status 503, while the accounts cannot be read. */
    static final String UNAVAILABLE_PATH = "/login/unavailable";
    private final ObjectProvider<ClientRegistrationRepository> singleSignOn;

    LoginController(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping(PATH)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String wait,
            @RequestParam(required = false) String logout, @RequestParam(required = false) String changed, Model model) {
        return page(changed != null ? new LoginNotice("Your password is changed: log in with the new one.", false)
                : LoginNotice.of(error != null, wait != null, logout != null), model);
    }

    @RequestMapping(path = UNAVAILABLE_PATH, method = RequestMethod.POST)
    String unavailable(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        return page(new LoginNotice(ApiProblems.SIGN_IN_UNAVAILABLE, true), model);
    }

    private String page(LoginNotice notice, Model model) {
        model.addAttribute("notice", notice);
        ClientRegistrationRepository registrations = singleSignOn.getIfAvailable();
        model.addAttribute("signInOptions", registrations == null ? List.of() : SingleSignOn.options(registrations));
        return "login";
    }

    /** "Sign in with {@code name}", a link to the provider's authorization start. */
    record SignInOption(String name, String url) {
    }

    /** What the page says above the form, if anything. A failure never says whether the name exists. */
    record LoginNotice(String text, boolean problem) {

        static LoginNotice of(boolean failed, boolean throttled, boolean loggedOut) {
            if (throttled) {
                return new LoginNotice("Too many failed logins: wait a little, then try again.", true);
            }
            if (failed) {
                return new LoginNotice("Wrong user name or password.", true);
            }
            if (loggedOut) {
                return new LoginNotice("You are logged out.", false);
            }
            return null;
        }
    }
}
