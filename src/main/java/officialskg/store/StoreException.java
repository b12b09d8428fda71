package officialskg.store;

/** A store operation that cannot be done, with a one-line reason naming the store, query or parameter at fault. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
