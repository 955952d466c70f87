package dev.newsdesk.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The one maker of absolute URLs: {@code newsdesk.public-url} when set, else the request being served. */
@Component
public class PublicUrls {

    private static final Logger log = LoggerFactory.getLogger(PublicUrls.class);
    private final URI base;

    PublicUrls(PortalProperties properties) {
        this.base = properties.base();
        if (base == null) {
            log.info("newsdesk.public-url is not set: feed addresses take their host from each request's Host header");
        }
    }

    /** The absolute URL of a path of the portal ({@code /feeds/saved/abc}). */
    public String absolute(String path) {
        if (base != null) {
            return base + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
