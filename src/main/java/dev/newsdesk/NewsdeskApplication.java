package dev.newsdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Newsdesk portal: a search portal for news articles on Elasticsearch. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(NewsdeskApplication.class, args);
    }
}
