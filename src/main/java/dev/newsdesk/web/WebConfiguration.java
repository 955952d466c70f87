package dev.newsdesk.web;

import java.util.EnumSet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.DispatcherType;

/**
 * The filters that run before everything else, Spring Security included: answers in UTF-8 ({@link AlwaysUtf8}) and the
 * app's own 400 for addresses it will not read ({@link AddressLimits}); {@code /error} asked for directly is not found.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    private final AddressLimits addressLimits = new AddressLimits();

    @Bean
    FilterRegistrationBean<AlwaysUtf8> alwaysUtf8() {
        FilterRegistrationBean<AlwaysUtf8> registration = new FilterRegistrationBean<>(new AlwaysUtf8());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    @Bean
    FilterRegistrationBean<AddressLimits> addressLimits() {
        FilterRegistrationBean<AddressLimits> registration = new FilterRegistrationBean<>(addressLimits);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(addressLimits);
    }
}
