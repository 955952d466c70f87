package dev.newsdesk.accounts;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of a signed-in user's own API tokens: list, make (the secret is in this answer only), revoke. */
@RestController
public class ApiTokensController {

    public static final String PATH = "/api/tokens";
    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<ApiToken.View> list(Authentication caller) throws IOException {
        return tokens.list(Owners.of(caller));
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiToken.Created> create(@RequestBody NewToken request, Authentication caller) throws IOException {
        ApiToken.Created created = tokens.create(caller, request.name(), request.roles());
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @DeleteMapping(PATH + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id, Authentication caller) throws IOException {
        tokens.revoke(Owners.of(caller), id);
    }

    record NewToken(String name, List<String> roles) {
    }
}
