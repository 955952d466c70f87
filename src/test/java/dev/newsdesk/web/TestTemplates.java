package dev.newsdesk.web;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The template engine as the application configures it, for tests that render a page from its view record alone. */
public final class TestTemplates {

    private static final SpringTemplateEngine ENGINE = engine();

    private TestTemplates() {
    }

    /** Renders a page template with these model attributes and parses what it wrote. */
    public static Document render(String template, Map<String, Object> model) {
        Context context = new Context();
        model.forEach(context::setVariable);
        return Jsoup.parse(ENGINE.process(template, context));
    }

    /** Templates from the classpath, compiled SpEL, links from the root. */
    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return ""; // the portal runs at the root; outside a web request Thymeleaf cannot ask the servlet context
            }
        });
        return engine;
    }
}
