package io.factstream.contracts;

/** An outlet's bias rating, and the side of the coverage spectrum it counts for. */
public enum Bias {
    LEFT(Side.LEFT),
    LEAN_LEFT(Side.LEFT),
    CENTER(Side.CENTER),
    LEAN_RIGHT(Side.RIGHT),
    RIGHT(Side.RIGHT),
    UNRATED(null);

    public enum Side { LEFT, CENTER, RIGHT }

    private final Side side;

    Bias(Side side) {
        this.side = side;
    }

    /** The spectrum side, or {@code null} for unrated outlets, which stay out of the percentages. */
    public Side side() {
        return side;
    }
}
