package dev.newsdesk.elasticsearch;

import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** The app's cluster and client beans; everything else receives the client. */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    Cluster cluster(ElasticsearchProperties properties) {
        return Cluster.connect(properties);
    }

    @Bean(destroyMethod = "close")
    RestClient restClient(Cluster cluster, ElasticsearchProperties properties) {
        return ElasticsearchClients.restClient(cluster, properties);
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return ElasticsearchClients.client(restClient);
    }
}
