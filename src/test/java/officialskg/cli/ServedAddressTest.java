package officialskg.cli;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which port kg serve and kg demo serve on and which base their store mints under. */
class ServedAddressTest {

    @Test
    void aNewStoreMintsUnderTheServedAddress() {
        assertEquals(new ServedAddress(18480, "http://localhost:18480/kg/"),
                ServedAddress.resolve(18480, "127.0.0.1", Optional.empty()));
        assertEquals(new ServedAddress(8080, "http://localhost:8080/kg/"),
                ServedAddress.resolve(null, "127.0.0.1", Optional.empty()));
        assertEquals(new ServedAddress(9000, "http://localhost:9000/kg/"),
                ServedAddress.resolve(9000, "0.0.0.0", Optional.empty()));
        assertEquals(new ServedAddress(9000, "http://192.168.1.5:9000/kg/"),
                ServedAddress.resolve(9000, "192.168.1.5", Optional.empty()));
        assertEquals(new ServedAddress(9000, "http://[fd00::5]:9000/kg/"),
                ServedAddress.resolve(9000, "fd00::5", Optional.empty()));
    }

    @Test
    void anExistingStoreIsServedOnItsBasePortUnlessToldOtherwise() {
        Optional<String> stored = Optional.of("http://localhost:18480/kg/");
        assertEquals(new ServedAddress(18480, "http://localhost:18480/kg/"),
                ServedAddress.resolve(null, "127.0.0.1", stored));
        ServedAddress elsewhere = ServedAddress.resolve(9000, "127.0.0.1", stored);
        assertEquals(new ServedAddress(9000, "http://localhost:18480/kg/"), elsewhere);
        assertFalse(elsewhere.baseIsServed("127.0.0.1"));
        assertTrue(ServedAddress.resolve(null, "127.0.0.1", stored).baseIsServed("127.0.0.1"));
    }

    @Test
    void aBaseThatIsNotThisMachineKeepsTheDefaultPort() {
        ServedAddress address = ServedAddress.resolve(null, "127.0.0.1", Optional.of("https://kg.example/id"));
        assertEquals(new ServedAddress(8080, "https://kg.example/id/"), address);
        assertFalse(address.baseIsServed("127.0.0.1"));
    }

    @Test
    void anyFreePortCannotBeMintedUnder() {
        assertEquals(new ServedAddress(0, "http://localhost:8080/kg/"),
                ServedAddress.resolve(0, "127.0.0.1", Optional.empty()));
    }
}
