package dev.newsdesk.accounts;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admins' accounts page: the list, a form for a new account, a delete button per account. */
@Controller
class AdminAccountsPageController {

    static final String PATH = "/admin/accounts";
    private final UserAccounts accounts;

    AdminAccountsPageController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String page(Model model) throws IOException {
        model.addAttribute("accounts", accounts.list());
        return "admin-accounts";
    }

    @PostMapping(PATH)
    String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "USER") String role) throws IOException {
        accounts.add(username, password, List.of(role));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam(defaultValue = "USER") String role) throws IOException {
        accounts.change(username, null, List.of(role));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{username}/password")
    String changePassword(@PathVariable String username, @RequestParam(defaultValue = "") String password) throws IOException {
        accounts.change(username, password, null);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{username}/delete")
    String remove(@PathVariable String username) throws IOException {
        accounts.remove(username);
        return "redirect:" + PATH;
    }
}
