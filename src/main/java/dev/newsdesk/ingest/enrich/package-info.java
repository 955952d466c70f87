/**
 * Enrichment of cleaned articles: title, outlet and wire-service agency, publication date (with the rule that decided it)
 * and normalized named entities with mention counts. {@link dev.newsdesk.ingest.enrich.ArticleEnricher} is the entry point.
 *
 * <p>Knowledge lives in data files under {@code src/main/resources/ingest/}: {@code outlet-signatures.txt} (hosts and
 * phrases that reveal an outlet; users add their own with a file of the same format) and, in {@code enrich/},
 * {@code wire-services.txt}, {@code entity-aliases.txt}, {@code entity-stop-list.txt}, {@code job-titles.txt} and
 * {@code page-furniture.txt}. Entities come from CoreNLP's 3-class CRF model, loaded once per JVM on first use.
 */
package dev.newsdesk.ingest.enrich;
