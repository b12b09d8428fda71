package officialskg.server.web;

import officialskg.server.ServedGraph;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.apache.catalina.core.StandardHost;

import java.util.Map;

/** The Spring Boot app of {@code kg serve}: resource pages, search and the REST API over a {@link ServedGraph}. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({ResourceController.class, SearchController.class, ArticleApiController.class, JsonErrors.class,
        ErrorEndpoint.class})
public class KgWebApp {

    @Bean
    FilterRegistrationBean<BrowserGuard> browserGuard(ServedGraph graph) {
        FilterRegistrationBean<BrowserGuard> registration = new FilterRegistrationBean<>(new BrowserGuard(graph));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        });
    }

    /** The cytoscape WebJar's version: its files are served under {@code /webjars/cytoscape/<version>/}. */
    static final String CYTOSCAPE = "3.33.1";

    public static ConfigurableApplicationContext start(ServedGraph graph) {
        // Logging stays with slf4j-simple, like the rest of kg; Boot must not install its own logging system.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        var settings = graph.settings();
        return new SpringApplicationBuilder(KgWebApp.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(Map.of(
                        "server.port", settings.port(),
                        "server.address", settings.bind(),
                        "spring.web.resources.static-locations", "classpath:/officialskg/server/web/static/",
                        "spring.jmx.enabled", "false",
                        "server.error.whitelabel.enabled", "false",
                        "spring.servlet.multipart.enabled", "false",
                        "kg.resource-path", ResourceController.basePath(graph.pipeline().iris())))
                .initializers(context -> context.getBeanFactory().registerSingleton("servedGraph", graph))
                .run();
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
