package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.ElasticsearchClients;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.Integration;

/** The add-user command against the shared real node: the password from standard input, stored only as a hash. */
@Integration
class AddUserCommandTest {

    private static final String NAME = "add-user-command-maria";
    private final InputStream standardInput = System.in;

    @AfterEach
    void removeTheAccount() throws IOException {
        System.setIn(standardInput);
        try (ElasticsearchClient client = ElasticsearchClients.forNode(RealElasticsearch.node())) {
            client.delete(d -> d.index(Indices.ACCOUNTS).id(NAME).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            // not created
        }
    }

    @Test
    void createsTheAccountWithAHashOfThePasswordReadFromStandardInput() throws IOException {
        CommandRun run = addUser("a long newsroom passphrase", "--role", "USER");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created account " + NAME + " with roles USER");
        try (ElasticsearchClient client = ElasticsearchClients.forNode(RealElasticsearch.node())) {
            @SuppressWarnings("rawtypes")
            Map stored = client.get(g -> g.index(Indices.ACCOUNTS).id(NAME), Map.class).source();
            assertThat(stored.toString()).doesNotContain("a long newsroom passphrase").contains("{bcrypt}");
        }
    }

    @Test
    void refusesATakenNameWithExitStatusOne() {
        assertThat(addUser("a long newsroom passphrase").exit()).isZero();

        CommandRun again = addUser("another long passphrase");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("add-user:");
    }

    private static CommandRun addUser(String password, String... options) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        List<String> arguments = new ArrayList<>(List.of("add-user", NAME));
        arguments.addAll(List.of(options));
        arguments.addAll(RealElasticsearch.argumentsFor(RealElasticsearch.node()));
        return CommandRun.of(arguments.toArray(String[]::new));
    }
}
