package cn.gov.wujin.yanghu.shared;

import java.util.List;

/** Several inputs of one form break rules: all are reported at once, so the user fixes them in one go. */
public class InvalidInputsException extends BusinessException {

    private final transient List<InvalidInputException> problems;

    public InvalidInputsException(List<InvalidInputException> problems) {
        super(problems.get(0).messageKey(), problems.get(0).field(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<InvalidInputException> problems() {
        return problems;
    }

    /** Collects problems; {@link #throwIfAny()} ends a validation. */
    public static final class Collector {

        private final java.util.ArrayList<InvalidInputException> problems = new java.util.ArrayList<>();

        public void add(String field, String messageKey, Object... arguments) {
            problems.add(new InvalidInputException(field, messageKey, arguments));
        }

        public void add(InvalidInputException problem) {
            problems.add(problem);
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public int size() {
            return problems.size();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputsException(problems);
            }
        }
    }
}
