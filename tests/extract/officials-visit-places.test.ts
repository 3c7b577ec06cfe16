import { describe, expect, test } from 'vitest';
import { withVisitPlaces } from '../../scripts/extract/officials';

const person = (name: string, title: string, place: string | null) => ({ name, title, place });

describe('[officials] withVisitPlaces: the place a visit gives a traveller', () => {
  test('a bare title that took the host city is the origin’s, as the visit says', () => {
    expect(
      withVisitPlaces(
        [
          person('刘建平', '深圳市委副书记、市长', '深圳市'),
          person('王伟中', '深圳市委书记', '深圳市'),
        ],
        [person('刘建平', '赣州市委副书记、市长', '赣州市')],
      ),
    ).toEqual([
      person('刘建平', '赣州市委副书记、市长', '赣州市'),
      person('王伟中', '深圳市委书记', '深圳市'),
    ]);
  });

  test('a title that differs by more than the place stays', () => {
    const own = [person('刘建平', '深圳市副市长', '深圳市')];
    expect(withVisitPlaces(own, [person('刘建平', '赣州市委书记', '赣州市')])).toEqual(own);
  });
});
