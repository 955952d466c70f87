package dev.newsdesk.accounts;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** An account request the portal refuses, with a sentence the admin can act on: 400 bad input, 404 unknown, 409 name taken. */
public class AccountProblem extends PortalProblem {

    private AccountProblem(HttpStatus status, String title, String message) {
        super(status, title, message);
    }

    static AccountProblem invalid(String message) {
        return new AccountProblem(HttpStatus.BAD_REQUEST, "That account cannot be created", message);
    }

    static AccountProblem taken(String username) {
        return new AccountProblem(HttpStatus.CONFLICT, "That name is taken", "There is already an account named '" + username + "': choose another name.");
    }

    static AccountProblem unknown(String username) {
        return new AccountProblem(HttpStatus.NOT_FOUND, "No such account", "There is no account named '" + username + "'.");
    }

    static AccountProblem configured(String username) {
        return new AccountProblem(HttpStatus.CONFLICT, "That account is configured",
                "'" + username + "' is the admin account from newsdesk.accounts: change it in the configuration, not here.");
    }

    static AccountProblem badToken(String message) {
        return new AccountProblem(HttpStatus.BAD_REQUEST, "That token cannot be made", message);
    }

    static AccountProblem noSuchToken() {
        return new AccountProblem(HttpStatus.NOT_FOUND, "No such token", "You have no token with that id: it may be revoked already.");
    }

    static AccountProblem cannotChange(String message) {
        return new AccountProblem(HttpStatus.BAD_REQUEST, "That change cannot be made", message);
    }
}
