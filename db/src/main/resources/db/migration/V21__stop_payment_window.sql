-- The stop-payment rule asks every minute which windows end within six hours or ended within
-- a day, nothing frozen. A window starts at the bank's stop, or at the request while the bank
-- has not answered; the rule's query (StopPaymentWindows) names this expression as it is here.
CREATE INDEX stop_payment_window_open ON stop_payment ((coalesce(stopped_at, requested_at))) WHERE frozen_at IS NULL;
