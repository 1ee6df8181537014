package be.sitegate.central;

/**
 * The limits of one search's pages. The contract caps a search at {@value #MAX_RESULTS} results, so
 * a well-behaved service needs at most {@code ceil(500 / pageSize)} pages; a service that announces
 * more, sends pages longer than asked, or keeps sending pages (a loop, a growing total) is broken or
 * hostile, and the client stops with a {@code MALFORMED_ANSWER} instead of following it forever.
 */
final class SearchPaging {

    static final int MAX_RESULTS = 500;

    private final int pageSize;
    private final int maxPages;

    SearchPaging(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_RESULTS) {
            throw new IllegalArgumentException("a search page holds 1 to " + MAX_RESULTS + " results, not " + pageSize);
        }
        this.pageSize = pageSize;
        this.maxPages = (MAX_RESULTS + pageSize - 1) / pageSize;
    }

    void beforePage(int page) {
        if (page > maxPages) {
            throw CentralJson.malformed("page (more than " + maxPages + " pages of " + pageSize + ")");
        }
    }

    /** Checks one page's {@code items} count and {@code total} against the results gathered so far. */
    void afterPage(int items, long total, int gatheredBefore) {
        if (total < 0) {
            throw CentralJson.malformed("total");
        }
        if (total > MAX_RESULTS) {
            throw CentralJson.malformed("total (" + total + " is more than the " + MAX_RESULTS + " a search returns)");
        }
        if (items > pageSize) {
            throw CentralJson.malformed("items (" + items + " on a page of " + pageSize + ")");
        }
        if (gatheredBefore + items > total) {
            throw CentralJson.malformed("items (more than the announced total " + total + ")");
        }
    }
}
