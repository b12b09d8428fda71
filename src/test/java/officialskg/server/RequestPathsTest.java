package officialskg.server;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestPathsTest {

    @Test
    void pathsAreDecodedOnceAndNormalizedAsTheContainerRoutesThem() {
        assertEquals(Optional.of("/$/datasets"), RequestPaths.normalize("/%24/datasets"));
        assertEquals(Optional.of("/$/datasets"), RequestPaths.normalize("/%24/./datasets/"));
        assertEquals(Optional.of("/kg/update"), RequestPaths.normalize("/kg//update;jsessionid=1"));
        assertEquals(Optional.of("/kg/update"), RequestPaths.normalize("/kg/sparql/../update"));
        assertEquals(Optional.of("/kg/update"), RequestPaths.normalize("/kg/%2e/update"));
        assertEquals(Optional.of("/kg/entity/person/오세훈"),
                RequestPaths.normalize("/kg/entity/person/%EC%98%A4%EC%84%B8%ED%9B%88"));
        assertEquals(Optional.of("/%24"), RequestPaths.normalize("/%2524"), "decoded once only");
        assertEquals(Optional.of("/"), RequestPaths.normalize(""));
    }

    @Test
    void undecodablePathsAreRefused() {
        for (String bad : new String[] {"/%24%2Fdatasets", "/a%5Cb", "/%zz", "/%e", "/%C3%28", "/../etc",
                "/a/../../b", "/a%00b"}) {
            assertEquals(Optional.empty(), RequestPaths.normalize(bad), bad);
        }
    }
}
