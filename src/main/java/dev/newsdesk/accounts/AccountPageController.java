package dev.newsdesk.accounts;

import java.io.IOException;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": change one's password, make and revoke API tokens. */
@Controller
public class AccountPageController {

    public static final String PATH = "/account";
    private static final String NEW_TOKEN = "newToken";
    private final UserAccounts accounts;
    private final ApiTokens tokens;

    AccountPageController(UserAccounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    String page(Authentication caller, Model model) throws IOException {
        boolean passwordHere = caller.getPrincipal() instanceof AccountUser user && !user.configured();
        List<String> roles = Role.of(caller.getAuthorities());
        ApiToken.Created created = (ApiToken.Created) model.getAttribute(NEW_TOKEN);
        model.addAttribute("page", new AccountPage(caller.getName(), roles, passwordHere, tokens.list(Owners.of(caller)),
                Role.implied(roles), created));
        return "account";
    }

    /** Changing one's password ends all one's sessions, this one too: the next page asks to log in with the new one. */
    @PostMapping(PATH + "/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            Authentication caller) throws IOException {
        accounts.changeOwnPassword(caller.getName(), current, password);
        // The login page is the security package's (LoginController.PATH); named here so accounts need nothing of it.
        return "redirect:/login?changed";
    }

    @PostMapping(PATH + "/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> role,
            Authentication caller, RedirectAttributes redirect) throws IOException {
        redirect.addFlashAttribute(NEW_TOKEN, tokens.create(caller, name, role));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/tokens/{id}/revoke")
    String revokeToken(@PathVariable String id, Authentication caller) throws IOException {
        tokens.revoke(Owners.of(caller), id);
        return "redirect:" + PATH;
    }
}
