package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Installs the Elasticsearch templates kept as plain JSON in {@code index-templates/}: files named
 * {@code *.component.json} become component templates, {@code *.index-template.json} index templates.
 * Installing is idempotent: it puts the current version every time.
 */
@Component
public class IndexTemplates {

    private static final Logger log = LoggerFactory.getLogger(IndexTemplates.class);
    private static final String LOCATION = "classpath:index-templates/";
    private static final String COMPONENT_SUFFIX = ".component.json";
    private static final String INDEX_TEMPLATE_SUFFIX = ".index-template.json";

    private final ElasticsearchClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    IndexTemplates(ElasticsearchClient client) {
        this.client = client;
    }

    public void install() throws IOException {
        for (Resource resource : resources(COMPONENT_SUFFIX)) {
            String name = nameOf(resource, COMPONENT_SUFFIX);
            String body = withSynonyms(read(resource));
            client.cluster().putComponentTemplate(t -> t.name(name).withJson(new StringReader(body)));
            log.debug("Installed component template {}", name);
        }
        for (Resource resource : resources(INDEX_TEMPLATE_SUFFIX)) {
            String name = nameOf(resource, INDEX_TEMPLATE_SUFFIX);
            String body = read(resource);
            client.indices().putIndexTemplate(t -> t.name(name).withJson(new StringReader(body)));
            log.debug("Installed index template {}", name);
        }
    }

    /** The mappings an index template gives its indices, as JSON: what an existing index of it gains on an upgrade. */
    String mappingsOf(String templateName) throws IOException {
        for (Resource resource : resources(INDEX_TEMPLATE_SUFFIX)) {
            if (nameOf(resource, INDEX_TEMPLATE_SUFFIX).equals(templateName)) {
                return json.writeValueAsString(json.readTree(read(resource)).path("template").path("mappings"));
            }
        }
        throw new IllegalArgumentException("There is no index template " + templateName + " in " + LOCATION);
    }

    /** The synonym rules of {@code synonyms.txt}: one rule a line, without blank lines and comments. */
    static List<String> synonymRules() {
        Resource file = new PathMatchingResourcePatternResolver().getResource(LOCATION + "synonyms.txt");
        return read(file).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private String withSynonyms(String template) {
        JsonNode root = json.readTree(template);
        JsonNode filter = root.path("template").path("settings").path("analysis").path("filter").path("newsdesk_synonyms");
        if (filter instanceof ObjectNode synonymFilter) {
            ArrayNode rules = synonymFilter.putArray("synonyms");
            synonymRules().forEach(rules::add);
            return json.writeValueAsString(root);
        }
        return template;
    }

    private static List<Resource> resources(String suffix) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION + "*" + suffix);
        return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
    }

    private static String nameOf(Resource resource, String suffix) {
        String file = resource.getFilename();
        return file.substring(0, file.length() - suffix.length());
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
