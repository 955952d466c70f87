package dev.newsdesk.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checked with literal IP addresses only: resolving a literal needs no network, and nothing is connected to. */
class AddressGuardTest {

    private static AddressGuard guard(TestSettings settings) {
        return new AddressGuard(settings.properties(), List.of());
    }

    private static TestSettings privateRefused() {
        TestSettings settings = TestSettings.loopback();
        settings.allowPrivateAddresses = false;
        return settings;
    }

    @ParameterizedTest
    @CsvSource({"http://10.1.2.3/, a private address", "http://172.20.0.1/, a private address",
            "http://192.168.1.1/, a private address", "http://169.254.169.254/latest/meta-data/, a link-local address",
            "http://127.0.0.1:8080/, a loopback address", "http://[::1]/, a loopback address",
            "http://[fd00::1]/, a unique-local address", "http://[fe80::1]/, a link-local address",
            "http://0.0.0.0/, an unspecified address", "http://[::]/, an unspecified address",
            "http://100.64.0.1/, a shared (carrier-grade NAT) address", "http://224.0.0.1/, a multicast address",
            "http://[::ffff:10.0.0.1]/, a private address"})
    void refusesAddressesOfPrivateNetworks(String url, String kind) {
        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> guard(privateRefused()).check(URI.create(url)));

        assertThat(refused).isNotNull();
        assertThat(refused.reason()).contains(", " + kind + ";").contains("newsdesk.sources.allow-private-addresses=true");
        assertThat(refused.lasting()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"http://8.8.8.8/", "https://[2001:4860:4860::8888]/", "http://100.128.0.1/", "http://172.32.0.1/"})
    void letsPublicAddressesThrough(String url) {
        assertThatCode(() -> guard(privateRefused()).check(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void namesTheAddressAndTheSettingThatAllowsIt() {
        assertThatThrownBy(() -> guard(privateRefused()).check(URI.create("http://127.0.0.1/admin")))
                .hasMessage("http://127.0.0.1/admin was not fetched: it resolves to 127.0.0.1, a loopback address; set"
                        + " newsdesk.sources.allow-private-addresses=true to allow private addresses (or list the address's"
                        + " block in newsdesk.sources.allowed-addresses)");
    }

    @Test
    void letsPrivateAddressesThroughWhenAllowed() {
        assertThatCode(() -> guard(TestSettings.loopback()).check(URI.create("http://10.1.2.3/"))).doesNotThrowAnyException();
    }

    @Test
    void letsThroughOnlyTheAllowedBlocks() throws FetchRefused {
        TestSettings settings = privateRefused();
        settings.allowedAddresses = List.of("10.1.0.0/16", "fd00:1::/32");
        AddressGuard guard = guard(settings);

        guard.check(URI.create("http://10.1.2.3/"));
        guard.check(URI.create("http://[fd00:1::5]/"));
        assertThatThrownBy(() -> guard.check(URI.create("http://10.2.0.1/"))).isInstanceOf(FetchRefused.class);
        assertThatThrownBy(() -> guard.check(URI.create("http://[fd00:2::5]/"))).isInstanceOf(FetchRefused.class);
    }

    @Test
    void refusesTheClusterNodesWhateverTheSettingsButOnlyOnTheirPort() throws FetchRefused {
        AddressGuard guard = new AddressGuard(TestSettings.loopback().properties(),
                List.of(InetSocketAddress.createUnresolved("10.0.0.5", 9200)));

        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> guard.check(URI.create("http://10.0.0.5:9200/_search")));

        assertThat(refused).hasMessageContaining("it is one of the cluster's own Elasticsearch nodes");
        assertThat(refused.lasting()).isTrue();
        guard.check(URI.create("http://10.0.0.5:8080/"));
    }

    @Test
    void refusesEveryLoopbackAddressOnTheNodesPortWhenTheNodeRunsOnLoopback() {
        AddressGuard guard = new AddressGuard(TestSettings.loopback().properties(),
                List.of(new InetSocketAddress("127.0.0.1", 9200)));

        assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.2:9200/")))
                .hasMessageContaining("it is one of the cluster's own Elasticsearch nodes");
        assertThatThrownBy(() -> guard.check(URI.create("http://[::1]:9200/")))
                .hasMessageContaining("it is one of the cluster's own Elasticsearch nodes");
    }

    @Test
    void takesThePortOfTheSchemeWhenTheUrlNamesNone() {
        AddressGuard guard = new AddressGuard(TestSettings.loopback().properties(),
                List.of(InetSocketAddress.createUnresolved("10.0.0.5", 443)));

        assertThatThrownBy(() -> guard.check(URI.create("https://10.0.0.5/"))).isInstanceOf(FetchRefused.class);
    }

    @ParameterizedTest
    @CsvSource({"file:///etc/passwd", "ftp://8.8.8.8/feed.xml", "gopher://8.8.8.8/"})
    void refusesSchemesOtherThanHttp(String url) {
        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> guard(TestSettings.loopback()).check(URI.create(url)));

        assertThat(refused).hasMessageContaining("it is not an http or https URL");
        assertThat(refused.lasting()).isTrue();
    }

    @Test
    void refusesToStartWithAnAllowedBlockThatIsNoAddress() {
        TestSettings settings = privateRefused();
        settings.allowedAddresses = List.of("10.0.0.0/40");

        assertThatThrownBy(() -> guard(settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newsdesk.sources.allowed-addresses");
    }
}
