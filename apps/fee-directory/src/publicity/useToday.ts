import { useEffect, useState } from 'react';
import { calendarDateInShenzhen } from '@sw/contracts';

/** Today's Shenzhen date; follows the day changing while the page is open (countdowns, estimates). */
export function useToday(): string {
  const [today, setToday] = useState(() => calendarDateInShenzhen(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(calendarDateInShenzhen(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
