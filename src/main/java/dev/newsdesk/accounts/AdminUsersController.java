package dev.newsdesk.accounts;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The admins' JSON API for accounts (the security package's filter chain requires the ADMIN role for it). */
@RestController
class AdminUsersController {

    static final String PATH = "/admin/users";
    private final UserAccounts accounts;

    AdminUsersController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountView> add(@RequestBody NewAccount request) throws IOException {
        AccountView created = accounts.add(request.username(), request.password(), request.roles());
        return ResponseEntity.created(URI.create(PATH + "/" + created.username())).body(created);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<AccountView> list() throws IOException {
        return accounts.list();
    }

    /** A new password, new roles, or both: every session of the account ends. */
    @PatchMapping(path = PATH + "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccountView change(@PathVariable String username, @RequestBody Change request) throws IOException {
        return accounts.change(username, request.password(), request.roles());
    }

    @DeleteMapping(PATH + "/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String username) throws IOException {
        accounts.remove(username);
    }

    record NewAccount(String username, String password, List<String> roles) {
    }

    record Change(String password, List<String> roles) {
    }
}
